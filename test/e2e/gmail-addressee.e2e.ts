import { describe, expect, it } from 'vitest';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';

// The PM (own e-mail in settings) reads a Sales ask aimed at Legal (issue 15's addressee model).
const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });
const TOKEN = 'FMfcgzQXAddresseeThreadTokenAbCd';

function thread(greeting: string) {
  return {
    token: TOKEN, legacyId: '18c2f0a9b3d4e5aa', subject: 'Acme MSA', labels: ['Inbox'], category: 'primary',
    messages: [{
      id: '18c2f0a9b3d4e5aa', from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      to: [{ name: 'Legal', email: 'legal@northwind.io' }], cc: [{ name: 'Sam Lee', email: 'sam.lee@northwind.io' }],
      date: '2026-11-19T14:02:00Z',
      body: [`${greeting},`, 'Can you mark up the Acme MSA by Friday? Their comments are on the liability cap.', 'Dana'],
    }],
  };
}

async function open(greeting: string) {
  const gmail = await env.browser.context.newPage();
  await gmail.addInitScript((data) => {
    (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = { threads: [data] };
  }, thread(greeting));
  await gmail.goto(`https://mail.google.com/mail/u/0/#inbox/${TOKEN}`);
  return gmail;
}

describe('Gmail: whose ask it is', () => {
  it('shows a quiet note, not a flag, when Sales asks Legal with the PM copied', async () => {
    const gmail = await open('Hi Legal team');
    await expect.poll(async () => (await handoffView(gmail)).text('[data-handoff="flag-note"]'), { timeout: 15_000 }).toMatch(/^Sales asked Legal/);
    expect(await (await handoffView(gmail)).count('[data-handoff="flag"]')).toBe(0);
    await gmail.close();
  });

  it('flags the same ask when it greets the PM', async () => {
    const gmail = await open('Hi Sam');
    await expect.poll(async () => (await handoffView(gmail)).attr('[data-handoff="flag"]', 'data-label'), { timeout: 15_000 }).toBe('pre-contract-work');
    expect(await (await handoffView(gmail)).count('[data-handoff="flag-note"]')).toBe(0);
    await gmail.close();
  });
});
