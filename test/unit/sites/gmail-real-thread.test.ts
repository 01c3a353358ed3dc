// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { accountFromDomain, customerDomains } from '@/lib/sites/gmail/account-name';
import { readThread } from '@/lib/sites/gmail/read-thread';
import { draftReply, newestReplyBox, replyControl } from '@/lib/sites/gmail/reply-box';
import { fakeClipboardEachTest } from '../../support/clipboard';

// Gmail threads in a Russian and a German UI; each file's header says what
// it was built from (the ru one is transcribed structure, the de one is no capture).
const RU = readFileSync('test/fixtures/real/gmail-thread-ru.html', 'utf8');
const DE = readFileSync('test/fixtures/real/gmail-thread-de.html', 'utf8');
const INBOX = readFileSync('test/fixtures/real/gmail-inbox-rows.html', 'utf8');

const main = () => document.querySelector<HTMLElement>('[role="main"]')!;
const never = () => new AbortController().signal;
const clipboard = fakeClipboardEachTest();

/** Like Gmail: a Reply control turns into a reply box under the newest message. */
function opensReplyBox(control: Element) {
  control.addEventListener('click', () => {
    const box = document.createElement('div');
    box.id = 'opened';
    box.className = 'Am Al editable LW-avf tS-tW';
    for (const [k, v] of Object.entries({ role: 'textbox', contenteditable: 'true', g_editable: 'true', 'aria-label': 'Тело письма' })) box.setAttribute(k, v);
    main().querySelector('.if')!.append(box);
  });
}

describe('readThread on a Russian-UI thread with collapsed messages', () => {
  beforeEach(() => {
    document.body.innerHTML = RU;
  });

  it('reads the subject, the thread id and the one expanded message', () => {
    const r = readThread(main());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.thread).toMatchObject({ threadId: '18d0aa0b0c0d0e0f', subject: 'Пилотный проект: сроки' });
    expect(r.thread.messages).toHaveLength(1);
    expect(r.thread.messages[0]).toMatchObject({
      id: '18d0aa0b0c0d0e11',
      sender: { email: 'olga.smirnova@northwind.example', name: 'Ольга Смирнова' },
      recipients: ['me@northwind.example'],
      date: '4 дек. 2026 г., 14:05',
      bodyText: 'Сэм, клиент просит оценку пилота до пятницы.\nОльга',
    });
  });

  it('counts the collapsed messages’ senders: the customer who wrote only earlier names the account', () => {
    const r = readThread(main());
    if (!r.ok) throw new Error(r.reason);
    expect(r.thread.participants.sort()).toEqual(['ivan.petrov@acme.example', 'me@northwind.example', 'olga.smirnova@northwind.example']);
    const domains = customerDomains(r.thread.participants, 'northwind.example');
    expect(domains).toEqual(['acme.example']);
    expect(accountFromDomain(domains[0]!)).toBe('Acme');
  });

  it('falls back to the thread-a perm id when the legacy id is missing', () => {
    main().querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    const r = readThread(main());
    expect(r.ok && r.thread.threadId).toBe('thread-a:r-1111111111111111111');
  });

  it('in split view, never takes an inbox row’s id for the open thread’s', () => {
    // Rows as 2026 Gmail has them: the 2014 capture plus the id on the subject span (lib/sites/HOSTS.md).
    document.body.innerHTML = `<div id="split">${INBOX}</div>`;
    document.querySelectorAll('.y6 > span:first-child').forEach((s, i) => s.setAttribute('data-legacy-thread-id', `18c0000000000${i}ab`));
    const list = document.querySelector('[role="main"]')!;
    list.insertAdjacentHTML('beforeend', RU.replace(/^[\s\S]*?<div class="nH" role="main">/, '<div class="Bu">').replace(/data-legacy-thread-id="[^"]*"/, ''));
    const r = readThread(main());
    expect(r.ok && r.thread.threadId).toBe('thread-a:r-1111111111111111111');
  });
});

describe('Reply in a Russian UI: structure first, then words, failing soft', () => {
  beforeEach(() => {
    document.body.innerHTML = RU;
  });

  it('uses the Reply link under the thread when it is there', () => {
    expect(newestReplyBox(main())).toBeNull();
    expect(replyControl(main())?.id).toBe(':zs');
  });

  it('without the links, opens the reply with the newest message’s header Reply (div.T-I.aaq) and fills the box', async () => {
    main().querySelector('.amn')!.remove();
    const header = replyControl(main())!;
    expect(header.matches('div.T-I.aaq[role="button"]')).toBe(true);
    expect(header.closest('.adn')?.getAttribute('data-legacy-message-id')).toBe('18d0aa0b0c0d0e11');
    opensReplyBox(header);
    expect(await draftReply(main(), 'Здравствуйте, Ольга', never())).toEqual({ where: 'reply-box', reason: null });
    expect(document.getElementById('opened')!.textContent).toBe('Здравствуйте, Ольга');
  });

  it('finds the header Reply by its Russian tooltip when its class changed', () => {
    main().querySelector('.amn')!.remove();
    main().querySelector('.aaq')!.classList.remove('aaq');
    expect(replyControl(main())?.getAttribute('data-tooltip')).toBe('Ответить');
  });

  it('in a language with no word in the table and no known class: the clipboard, saying why', async () => {
    main().querySelector('.amn')!.remove();
    const header = main().querySelector('.aaq')!;
    header.classList.remove('aaq');
    header.setAttribute('data-tooltip', 'Svara');
    expect(replyControl(main())).toBeNull();
    expect(await draftReply(main(), 'Hej', never())).toEqual({ where: 'clipboard', reason: 'no-reply-box' });
    expect(clipboard).toEqual(['Hej']);
  });
});

describe('A German-UI thread (built from facts, not a capture)', () => {
  beforeEach(() => {
    document.body.innerHTML = DE;
  });

  it('reads both expanded messages, the collapsed sender and the id', () => {
    const r = readThread(main());
    if (!r.ok) throw new Error(r.reason);
    expect(r.thread.threadId).toBe('18d1bb0c0d0e0f10');
    expect(r.thread.messages.map((m) => m.sender?.email)).toEqual(['me@northwind.example', 'dana.ruiz@northwind.example']);
    expect(r.thread.messages.at(-1)!.bodyText).toContain('Angebot fertigstellen');
    expect(customerDomains(r.thread.participants, 'northwind.example')).toEqual(['kunde.example']);
  });

  it('writes into the open reply box (aria-label "Nachrichtentext") by its structure', async () => {
    expect(newestReplyBox(main())?.id).toBe(':d2');
    expect(await draftReply(main(), 'Hallo Dana,', never())).toEqual({ where: 'reply-box', reason: null });
    expect(document.getElementById(':d2')!.textContent).toBe('Hallo Dana,');
  });

  it('with the box closed, opens it from the newest message’s "Antworten", not an earlier one’s', async () => {
    main().querySelector('.ip.adB')!.remove();
    const header = replyControl(main())!;
    expect(header.closest('.adn')?.getAttribute('data-legacy-message-id')).toBe('18d1bb0c0d0e0f12');
    opensReplyBox(header);
    expect(await draftReply(main(), 'Hallo Dana,', never())).toEqual({ where: 'reply-box', reason: null });
    expect(document.getElementById('opened')!.textContent).toBe('Hallo Dana,');
  });
});
