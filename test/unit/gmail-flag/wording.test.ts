import { describe, expect, it } from 'vitest';
import { FLAG_LABELS, flagWording, offersRedirect, reasonText, type FlagLabel } from '@/lib/sites/gmail/flag/wording';
import { REQUEST_LABELS } from '@/lib/model';

describe('flagWording', () => {
  it.each<[FlagLabel, RegExp, RegExp, 'danger' | 'warning' | 'info', boolean]>([
    ['pre-contract-work', /^Sales is asking you to do pre-contract work$/, /contract.*SOW.*stay with Sales|stay with Sales/, 'danger', true],
    ['promise-without-check', /^Sales promised something to the customer without you$/, /before you agreed/, 'warning', true],
    ['estimate-request', /^Sales asks for estimate input$/, /legitimate.*time-box/is, 'info', false],
    ['status-request', /^Sales asks for a status update$/, /status|signed project/i, 'info', false],
  ])('%s', (label, title, explanation, level, redirect) => {
    const w = flagWording(label);
    expect(w.title).toMatch(title);
    expect(w.explanation).toMatch(explanation);
    expect(w.level).toBe(level);
    expect(offersRedirect(label)).toBe(redirect);
  });

  it('covers every request label but none', () => {
    expect([...FLAG_LABELS].sort()).toEqual(REQUEST_LABELS.filter((l) => l !== 'none').sort());
  });

  it('falls back to neutral wording for an unknown label', () => {
    const w = flagWording('toString' as FlagLabel);
    expect(w).toMatchObject({ title: 'Sales request', level: 'info', redirect: false });
  });
});

describe('reasonText', () => {
  it.each<[string, FlagLabel, string]>([
    ['pre-contract-work: asks to build', 'pre-contract-work', 'Asks to build'],
    ['deal stage: deal not signed yet', 'pre-contract-work', 'Deal stage: deal not signed yet'],
    ['also estimate-request: asks about the work itself', 'pre-contract-work', 'Also estimate-request: asks about the work itself'],
    ['  status-request: asks for status ', 'status-request', 'Asks for status'],
    ['', 'status-request', ''],
  ])('%j', (reason, label, expected) => {
    expect(reasonText(reason, label)).toBe(expected);
  });
});
