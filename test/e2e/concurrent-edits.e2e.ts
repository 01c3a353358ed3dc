import { describe, expect, it } from 'vitest';
import { seededBrowser } from '../support/seeded-browser';
import { asanaLink, gmailThreadLink, hasJiraLink, jiraLink } from '../support/links';

interface StoredDeal {
  id: string;
  notes: string;
  updatedAt: string;
  links: { gmailThreads: string[]; asana: string[]; jira: Array<{ site: string | null; key: string }> };
}

const env = seededBrowser();
const getDeal = (id: string) => env.browser.send<StoredDeal>(env.options, 'deals.get', { id });

describe('no lost edits (issue 13), end to end in Chromium', () => {
  it('keeps a Jira, a Gmail and an Asana link sent at once with an options save built before them', async () => {
    const before = await getDeal('globex-crm');
    // The links as the content scripts send them; the save as the options page would, from the pre-link version.
    const results = await Promise.allSettled([
      env.browser.send(env.options, 'link.add', jiraLink('globex-crm', 'GLX-7')),
      env.browser.send(env.options, 'link.add', gmailThreadLink('globex-crm', 'aaaabbbbccccdddd')),
      env.browser.send(env.options, 'link.add', asanaLink('globex-crm', '1209000000000001')),
      env.browser.send(env.options, 'deals.save', { deal: { ...before, notes: 'edited in the options page' }, create: false }),
    ]);
    expect(results.slice(0, 3).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const after = await getDeal('globex-crm');
    expect(hasJiraLink(after.links, 'GLX-7')).toBe(true);
    expect(after.links.gmailThreads).toContain('aaaabbbbccccdddd');
    expect(after.links.asana).toContain('1209000000000001');
    const save = results[3]!;
    // The save may reach the worker before the links (then it lands, and they land on it) or after (then it is refused).
    if (save.status === 'rejected') {
      expect(String(save.reason)).toContain('changed elsewhere, reload');
      expect(after.notes).toBe(before.notes);
    } else expect(after.notes).toBe('edited in the options page');
  });

  it('refuses the deal editor’s save after a link came in, says so and keeps the draft; reloading keeps both', async () => {
    const page = await env.browser.openOptions('deals/initech-support');
    const editor = page.locator('[data-handoff-options="deal-editor"]');
    const notes = editor.locator('[data-field="notes"]');
    await notes.fill('Phase 2 scope agreed with Initech');
    // Meanwhile a Gmail thread is linked to the same deal (the sidebar's "link this thread").
    await env.browser.send(env.options, 'link.add', gmailThreadLink('initech-support', 'eeeeffff00001111'));
    await editor.locator('[data-handoff-options="save-deal"]').click();
    await expect.poll(() => editor.locator('[role="alert"]').textContent(), { timeout: 5_000 }).toContain('changed elsewhere, reload');
    expect(await notes.inputValue()).toBe('Phase 2 scope agreed with Initech');
    let stored = await getDeal('initech-support');
    expect(stored.links.gmailThreads).toContain('eeeeffff00001111');
    expect(stored.notes).not.toBe('Phase 2 scope agreed with Initech');

    await editor.locator('[data-handoff-options="keep-mine"]').click();
    expect(await notes.inputValue()).toBe('Phase 2 scope agreed with Initech');
    await editor.locator('[data-handoff-options="save-deal"]').click();
    await expect.poll(async () => (await getDeal('initech-support')).notes, { timeout: 5_000 }).toBe('Phase 2 scope agreed with Initech');
    stored = await getDeal('initech-support');
    expect(stored.links.gmailThreads).toContain('eeeeffff00001111');
    await page.close();
  });
});
