import { describe, expect, it } from 'vitest';
import { label, sales } from './helpers';

describe('status-request', () => {
  it.each([
    'status on Pelican? their ops guy is asking',
    'Any update on who is staffed and when kickoff is?',
    'Can you send me where things stand before my QBR?',
    'Are we still on track for the April 15 go-live?',
    "How's kickoff prep going? Do we have a date yet?",
    'Would love a quick pulse on how the project is tracking.',
  ])('labels progress asks on signed deals: %s', (body) => {
    expect(label(body, sales('delivering'))).toBe('status-request');
  });

  it('needs a signed deal', () => {
    expect(label('How is it going?', sales('closed'))).toBe('none');
  });

  it('reads texting-style status questions', () => {
    expect(label('hows the depot rollout going?', sales('delivering'))).toBe('status-request');
    expect(label('Is that still blocked?', sales('signed'))).toBe('status-request');
  });

  it('does not treat a social question with a delivery word as status when no deal is known', () => {
    expect(label('you joining the team quiz night thursday?', sales(null))).toBe('none');
    expect(label('Since the Larkspur contract is now signed, how is the onboarding going?', sales(null))).toBe('status-request');
  });
});

describe('Sales work on a signed deal is not a status ask', () => {
  it('does not read a document ask on a signed deal as a status ask', () => {
    expect(label('Can you update the milestone table in the SOW for the change request?', sales('delivering'))).toBe('none');
    expect(label('Can you update the SOW for the CR? Also, how is the go-live looking?', sales('delivering'))).toBe('status-request');
  });

  it('a change request on a signed deal is neither pre-contract work nor a status ask', () => {
    expect(label('Can you write up a change request with hours and assumptions?', sales('delivering'))).toBe('none');
  });

  it('does not read a chase after signature as a status ask', () => {
    expect(label("Can you nudge their finance team about the kickoff invoice? It's overdue.", sales('delivering'))).toBe('none');
    expect(label('Can you follow up with their accounts team on the advance payment?', sales('signed'))).toBe('none');
  });
});
