import { describe, expect, it } from 'vitest';
import { label, sales } from './helpers';

describe('estimate-request', () => {
  it.each([
    'Roughly how many weeks and people would a Shopify rebuild take? Ballpark is fine.',
    'Is it even possible to do the integration in 4 weeks?',
    'Can you give me a T-shirt size for each of the three options?',
    'Could you join the discovery call on Thursday at 11?',
    'can u hop on w me + them at 3? they want to talk timeline',
    'Could we have two developers starting by June 1 if they sign?',
    'Prospect is asking what a CRM migration would take. A range is fine.',
  ])('labels effort, timing, staffing or call asks: %s', (body) => {
    expect(label(body, sales('prospect'))).toBe('estimate-request');
  });

  it('needs an unsigned deal', () => {
    expect(label('How long would the reporting module take?', sales('delivering'))).not.toBe('estimate-request');
    expect(label('Ballpark is fine: how many hours for a new feature?', sales('closed'))).toBe('none');
  });

  it('uses text cues when no deal is linked', () => {
    expect(label('Nothing signed yet. What would a pilot take, roughly?', sales(null))).toBe('estimate-request');
  });
});

describe('indirect asks', () => {
  it('reads indirect asks and "can you make it" as asks', () => {
    expect(label('It would help to know where the rollout stands before my QBR.', sales('delivering'))).toBe('status-request');
    expect(label("Ops keeps calling me. What's going on with the data feed?", sales('delivering'))).toBe('status-request');
    expect(label('When you get a moment, a rough range on hours would be great.', sales('prospect'))).toBe('estimate-request');
    expect(label('They run a design workshop Friday before they decide. Can you make it?', sales('prospect'))).toBe('estimate-request');
  });
});
