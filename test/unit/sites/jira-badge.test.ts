// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BADGE_CSS, badgeLabel, createBadge, updateBadge } from '@/components/badge';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import { badgeFor } from '@/lib/deal';
import { readFileSync } from 'node:fs';
import type { Backup } from '@/lib/model';

// (happy-dom's import.meta.url is no file URL, so not test/support/sample's reader.)
const sampleBackup = (): Backup => JSON.parse(readFileSync('test/fixtures/sample-backup.json', 'utf8')) as Backup;

describe('badgeLabel', () => {
  it('one short label per rule, from the level and the sentence', () => {
    expect(badgeLabel('danger', '“Acme” is not signed yet (negotiation): delivery work before the handoff is at risk.')).toBe('Unsigned deal');
    expect(badgeLabel('danger', 'A special term of “Acme” is past due since 1 Dec 2026: …')).toBe('Term overdue');
    expect(badgeLabel('warning', 'A special term of “Acme” is due 5 Dec 2026: …')).toBe('Term due');
    expect(badgeLabel('warning', 'Sales promised “Pilot” for 10 Dec 2026 and you have not confirmed it.')).toBe('Unconfirmed promise');
    expect(badgeLabel('info', 'Part of “Acme” (signed).')).toBe('Deal');
    // An unknown sentence still gets its level's label.
    expect(badgeLabel('danger')).toBe('Unsigned deal');
    expect(badgeLabel('warning')).toBe('Term due');
  });

  it('matches every sentence the background writes (lib/deal badgeFor)', () => {
    const deals = sampleBackup().deals;
    const acme = deals.find((d) => d.id === 'acme-platform')!;
    const globex = deals.find((d) => d.id === 'globex-crm')!;
    const initech = deals.find((d) => d.id === 'initech-support')!;
    const label = (d: typeof acme, today: string) => {
      const b = badgeFor(d, today, 14);
      return [b.level, badgeLabel(b.level, b.text)];
    };
    expect(label(acme, '2026-11-22')).toEqual(['danger', 'Unsigned deal']);
    expect(label(globex, '2026-11-30')).toEqual(['warning', 'Term due']);
    expect(label(globex, '2026-12-06')).toEqual(['danger', 'Term overdue']);
    expect(label(initech, '2026-11-22')).toEqual(['info', 'Deal']);
  });
});

const realAttach = Element.prototype.attachShadow; // the real one, called by the spy below

describe('badge element', () => {
  it('is a closed shadow host: the hook and level outside, the label and sentence only inside', () => {
    // The closed root is out of reach through host.shadowRoot: catch it as it is made.
    const made: ShadowRoot[] = [];
    const attach = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = realAttach.call(this, init);
      made.push(root);
      return root;
    });
    const host = createBadge(document);
    attach.mockRestore();
    document.body.append(host);
    const text = '<img src=x onerror=alert(1)> “Acme” is not signed yet';
    updateBadge(host, { dealId: 'acme', dealName: 'Acme', level: 'danger', text });
    expect(made).toHaveLength(1);
    const root = made[0]!;
    expect(root.mode).toBe('closed');
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('data-handoff')).toBe('badge');
    expect(host.getAttribute('data-level')).toBe('danger');
    expect(host.getAttribute('tabindex')).toBe('0');
    // No deal text, no deal id in the light DOM: a page's scripts read attributes.
    const attributes = [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
    expect(attributes).not.toMatch(/acme|signed/i);
    expect(host.textContent).toBe('');
    expect(root.querySelector('.label')?.textContent).toBe('Unsigned deal');
    expect(root.querySelector('[role="tooltip"]')?.textContent).toBe(text);
    expect(root.textContent).toContain('Handoff: Unsigned deal');
    expect(root.querySelector('img')).toBeNull();
    updateBadge(host, { dealId: 'acme', dealName: 'Acme', level: 'info', text: 'Part of “Acme” (signed).' });
    expect(host.getAttribute('data-level')).toBe('info');
    expect(root.querySelector('.label')?.textContent).toBe('Deal');
  });
});

describe('badge CSS', () => {
  it('is light unless the host says dark, with tokens that exist and no colour of its own', () => {
    expect(BADGE_CSS).toContain(':host([data-theme="dark"]) { color-scheme: dark; }');
    for (const level of ['warning', 'danger']) expect(BADGE_CSS).toContain(`:host([data-level="${level}"])`);
    for (const [, name] of BADGE_CSS.matchAll(/var\(--([\w-]+)/g)) {
      if (name!.startsWith('badge-')) continue; // its own: the level's colours
      expect(TOKENS_CSS, `--${name}`).toContain(`--${name}:`);
    }
    expect(BADGE_CSS).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|url\(/i);
  });
});
