import { describe, expect, it } from 'vitest';
import { hubspotDealStage, hubspotStage, salesforceDealStage, salesforceStage, type HubspotPipeline } from '@/lib/crm/stage';

describe('a HubSpot pipeline stage, by its flags and not its name', () => {
  it.each([
    ['"Contract Sent" as the won stage of a custom pipeline', 'Contract Sent', 'true', '1.0', 'signed'],
    ['"Closed Won" with 100 %', 'Closed Won', 'true', '1.0', 'signed'],
    ['a renamed lost stage', 'Went dark', 'true', '0.0', 'closed'],
    ['"Closed Won" that is really open (renamed)', 'Closed Won', 'false', '0.9', 'negotiation'],
    ['an early open stage', 'Appointment scheduled', 'false', '0.2', 'prospect'],
    ['the last open stage before 50 %', 'Qualified to buy', 'false', '0.4', 'prospect'],
    ['an open stage at 60 %', 'Presentation scheduled', 'false', '0.6', 'negotiation'],
    ['an open stage with no probability', 'Review', 'false', undefined, 'negotiation'],
    ['booleans and numbers instead of strings', 'Won', true, 1, 'signed'],
  ] as const)('%s', (_what, label, isClosed, probability, expected) => {
    expect(hubspotStage({ id: 's', label, metadata: { isClosed, probability } })).toBe(expected);
  });

  const pipelines: HubspotPipeline[] = [
    { id: 'default', stages: [{ id: 'closedwon', label: 'Closed Won', metadata: { isClosed: 'true', probability: '1.0' } }] },
    {
      id: '7734',
      label: 'Enterprise',
      stages: [
        { id: '1001', label: 'Discovery', metadata: { isClosed: 'false', probability: '0.1' } },
        { id: '1002', label: 'Contract Sent', metadata: { isClosed: 'true', probability: '1.0' } },
      ],
    },
  ];

  it.each([
    ['a deal in a custom pipeline', '7734', '1002', 'signed'],
    ['a deal whose pipeline is not given', null, '1001', 'prospect'],
    ['a stage no pipeline knows (stale pipelines)', '7734', '9999', null],
    ['no stage', '7734', '', null],
  ] as const)('%s', (_what, pipeline, stage, expected) => {
    expect(hubspotDealStage(pipelines, pipeline, stage)).toBe(expected);
  });
});

describe('a Salesforce OpportunityStage, by IsWon/IsClosed', () => {
  it.each([
    ['a won stage named "Contract Sent"', { MasterLabel: 'Contract Sent', IsWon: true, IsClosed: true, DefaultProbability: 100 }, 'signed'],
    ['a lost stage', { MasterLabel: 'Closed Lost', IsWon: false, IsClosed: true, DefaultProbability: 0 }, 'closed'],
    ['Prospecting (10 %)', { MasterLabel: 'Prospecting', IsWon: false, IsClosed: false, DefaultProbability: 10 }, 'prospect'],
    ['Value Proposition (50 %)', { MasterLabel: 'Value Proposition', IsWon: false, IsClosed: false, DefaultProbability: 50 }, 'negotiation'],
    ['an open stage with no probability', { MasterLabel: 'Custom', IsWon: false, IsClosed: false, DefaultProbability: null }, 'negotiation'],
  ] as const)('%s', (_what, stage, expected) => {
    expect(salesforceStage(stage)).toBe(expected);
  });

  it('finds the opportunity\'s stage by API name or label', () => {
    const stages = [
      { ApiName: 'Signed_Contract', MasterLabel: 'Signed contract', IsWon: true, IsClosed: true },
      { MasterLabel: 'Negotiation/Review', IsWon: false, IsClosed: false, DefaultProbability: 90 },
    ];
    expect(salesforceDealStage(stages, 'Signed_Contract')).toBe('signed');
    expect(salesforceDealStage(stages, 'Negotiation/Review')).toBe('negotiation');
    expect(salesforceDealStage(stages, 'Closed Won')).toBeNull();
  });
});
