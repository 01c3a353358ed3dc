// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftReply, newestReplyBox } from '@/lib/sites/gmail/reply-box';
import { fakeClipboardEachTest } from '../../support/clipboard';

// Gmail's markup as the replica and saved pages have it, with the words in
// German: Handoff must find boxes by structure, not by English labels.
const editor = (id: string) =>
  `<div id="${id}" class="Am Al editable LW-avf" role="textbox" contenteditable="true" g_editable="true" aria-label="Nachrichtentext"></div>`;
const message = (id: string, draft = '') => `
  <div class="h7" role="listitem"><div class="Bk"><div class="G3 G2">
    <div class="adn ads" data-legacy-message-id="${id}"><div class="a3s">Nachricht ${id}</div></div>
    ${draft ? `<div class="M9" role="region" aria-label="Antworten">${draft}</div>` : ''}
  </div></div></div>`;
const bottom = (inner: string) => `<div class="ip iq">${inner}</div>`;
const replyLinks = `<div class="amn"><span class="ams bkH" role="link">Antworten</span><span class="ams bkI" role="link">Allen antworten</span></div>`;
const thread = (...parts: string[]) => `<div role="main" id="main"><div class="nH a98 iY" role="list"><div class="nH hx">${parts.join('')}</div></div></div>`;

const clipboard = fakeClipboardEachTest();
const main = () => document.getElementById('main')!;
const text = (id: string) => document.getElementById(id)!.textContent;

describe('Gmail reply box: the newest message’s, never another draft', () => {
  it('writes into the newest message’s box when an earlier message has an open draft too', async () => {
    document.body.innerHTML = thread(message('m1', editor('earlier')), message('m2'), bottom(editor('newest')));
    expect(newestReplyBox(main())?.id).toBe('newest');
    expect(await draftReply(main(), 'Hi Dana,', new AbortController().signal)).toEqual({ where: 'reply-box', reason: null });
    expect(text('newest')).toBe('Hi Dana,');
    expect(text('earlier')).toBe('');
  });

  it('takes a reply box opened under the newest message itself', async () => {
    document.body.innerHTML = thread(message('m1', editor('earlier')), message('m2', editor('newest')));
    expect(newestReplyBox(main())?.id).toBe('newest');
  });

  it('with only an earlier draft open, opens the newest message’s reply with the (localised) Reply link', async () => {
    document.body.innerHTML = thread(message('m1', editor('earlier')), message('m2'), bottom(replyLinks));
    const area = document.querySelector('.ip')!;
    // Like Gmail: the link turns into a reply box under the newest message.
    document.querySelector('.bkH')!.addEventListener('click', () => {
      area.innerHTML = editor('opened');
    });
    expect(newestReplyBox(main())).toBeNull();
    expect(await draftReply(main(), 'Hi Dana,', new AbortController().signal)).toEqual({ where: 'reply-box', reason: null });
    expect(text('opened')).toBe('Hi Dana,');
    expect(text('earlier')).toBe('');
  });

  it('refuses the earlier draft when the newest message’s box does not open: clipboard, saying why', async () => {
    document.body.innerHTML = thread(message('m1', editor('earlier')), message('m2'), bottom(replyLinks));
    // The Reply link does nothing here; the sidebar going away ends the wait early.
    expect(await draftReply(main(), 'Hi Dana,', AbortSignal.timeout(50))).toEqual({ where: 'clipboard', reason: 'other-draft' });
    expect(clipboard).toEqual(['Hi Dana,']);
    expect(text('earlier')).toBe('');
  });

  it('after the Reply click, waits for the newest box and ignores an earlier one appearing', async () => {
    document.body.innerHTML = thread(message('m1', '<div class="slot"></div>'), message('m2'), bottom(replyLinks));
    document.querySelector('.bkH')!.addEventListener('click', () => {
      document.querySelector('.slot')!.innerHTML = editor('earlier');
      setTimeout(() => (document.querySelector('.ip')!.innerHTML = editor('opened')), 30);
    });
    expect(await draftReply(main(), 'Hi Dana,', new AbortController().signal)).toEqual({ where: 'reply-box', reason: null });
    expect(text('opened')).toBe('Hi Dana,');
    expect(text('earlier')).toBe('');
  });

  it('falls back to the clipboard with no reason to give when there is no reply control at all', async () => {
    document.body.innerHTML = thread(message('m1'));
    expect(await draftReply(main(), 'Hi Dana,', new AbortController().signal)).toEqual({ where: 'clipboard', reason: 'no-reply-box' });
  });
});
