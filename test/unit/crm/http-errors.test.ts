import { describe, expect, it } from 'vitest';
import { readFailure } from '@/lib/crm/http';

/** How a failed answer's body becomes the reason the status line shows, for each CRM's error shape. */

describe('readFailure', () => {
  it.each([
    ['HubSpot', '{"status":"error","message":"This app hasn’t been granted all required scopes.","category":"MISSING_SCOPES"}', { reason: 'This app hasn’t been granted all required scopes.' }],
    ['HubSpot, no message', '{"status":"error","category":"RATE_LIMITS"}', { reason: 'RATE_LIMITS' }],
    ['Salesforce', '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]', { reason: 'Session expired or invalid', code: 'INVALID_SESSION_ID' }],
    [
      'Salesforce SOQL error, query echoed first',
      JSON.stringify([{ message: `\nSELECT Id, CurrencyIsoCode ${'x, '.repeat(150)}FROM Opportunity\n         ^\nERROR at Row:1:Column:12\nNo such column 'CurrencyIsoCode' on entity 'Opportunity'.`, errorCode: 'INVALID_FIELD' }]),
      { reason: "No such column 'CurrencyIsoCode' on entity 'Opportunity'.", code: 'INVALID_FIELD' },
    ],
    ['plain text', 'Service Unavailable', { reason: 'Service Unavailable' }],
    ['empty body', '', { reason: 'HTTP 503' }],
  ])('%s', (_, body, expected) => {
    expect(readFailure(body, 'HTTP 503', 'tok')).toEqual(expected);
  });

  it('never repeats the token, whatever the shape', () => {
    expect(readFailure('[{"message":"bad token Bearer tok-123","errorCode":"X"}]', '', 'tok-123').reason).toBe('bad token Bearer [token]');
  });
});
