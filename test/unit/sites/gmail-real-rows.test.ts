// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGmailUrl } from '@/lib/sites/gmail/detect';
import { markRow, rowThreadId } from '@/lib/sites/gmail/inbox-markers';
import { GMAIL } from '@/lib/sites/gmail/selectors';
import { queryAll } from '@/lib/sites/runtime/selectors';
import { sameView } from '@/lib/sites/runtime/run-features';

// Real Gmail inbox rows (InboxSDK, 2014, MIT); the file's header names the source.
const INBOX = readFileSync('test/fixtures/real/gmail-inbox-rows.html', 'utf8');
const rows = () => queryAll<HTMLElement>(document, GMAIL.inboxRow);

describe('inbox markers on real Gmail rows', () => {
  beforeEach(() => {
    document.body.innerHTML = INBOX;
  });

  it('finds every row, the preview pane’s three per thread included', () => {
    expect(rows()).toHaveLength(5);
  });

  it('reads no id from the 2014 rows, which have none: no marker, nothing thrown', () => {
    expect(rows().map(rowThreadId)).toEqual([null, null, null, null, null]);
  });

  it('with a 2026 id on the subject, reads it and puts the marker before the subject', () => {
    const [unread] = rows();
    unread!.querySelector('.y6 > span')!.setAttribute('data-legacy-thread-id', '18C2F0A9B3D4E5F6');
    expect(rowThreadId(unread!)).toBe('18c2f0a9b3d4e5f6');
    markRow(unread!, 'flagged');
    const marker = unread!.querySelector<HTMLElement>('[data-handoff="row-flag"]')!;
    expect(marker.parentElement!.className).toBe('xT');
    expect(marker.nextElementSibling!.className).toBe('y6');
    expect(marker.textContent).toBe('Sales ask');
    markRow(unread!, 'logged');
    expect(unread!.querySelectorAll('[data-handoff="row-flag"]')).toHaveLength(1);
    expect(marker.getAttribute('data-status')).toBe('logged');
    markRow(unread!, null);
    expect(unread!.querySelector('[data-handoff="row-flag"]')).toBeNull();
    expect(unread!.querySelector('.y6')!.textContent!.trim()).toBe('Placeholder unread subject');
  });

  it('marks a preview-pane thread on the row that holds its subject', () => {
    const preview = rows().slice(2);
    preview[1]!.querySelector('.y6 > span')!.setAttribute('data-legacy-thread-id', '18c31b2c4d5e6f70');
    expect(preview.map(rowThreadId)).toEqual([null, '18c31b2c4d5e6f70', null]);
    markRow(preview[1]!, 'flagged');
    expect(preview[1]!.querySelector('.xT > [data-handoff="row-flag"] + .y6')).not.toBeNull();
  });
});

describe('Gmail URLs with a compose window or a preview open', () => {
  const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd';

  it.each([`${THREAD}?compose=new`, `${THREAD}?projector=1`])('%s is still the thread', (href) => {
    expect(parseGmailUrl(href)?.threadToken).toBe('FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd');
  });

  it.each([
    [THREAD, `${THREAD}?compose=new`, true],
    [`${THREAD}?compose=new`, THREAD, true],
    [`${THREAD}?compose=new`, `${THREAD}?projector=1`, true],
    [THREAD, 'https://mail.google.com/mail/u/0/#inbox', false],
    [THREAD, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbTrVwPmLsDnGhJkZxCvBqWe?compose=new', false],
    [THREAD, 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd?compose=new', false],
    ['https://x.atlassian.net/browse/OPS-1', 'https://x.atlassian.net/browse/OPS-2', false],
  ])('%s → %s keeps the running features: %s', (a, b, same) => {
    expect(sameView(a, b)).toBe(same);
  });
});
