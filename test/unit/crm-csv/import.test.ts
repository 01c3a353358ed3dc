import { describe, expect, it } from 'vitest';
import { readCrmCsv, type CrmPreview } from '@/lib/crm-csv/import';
import { mergeCrmDeal } from '@/lib/crm-csv/merge';
import { dealSchema, emptyDeal } from '@/lib/model';

const now = new Date('2026-11-21T10:00:00.000Z');

const HUBSPOT_HEADER = 'Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company,Pipeline,Create Date,Currency';

function preview(text: string, opts: Partial<Parameters<typeof readCrmCsv>[1]> = {}): CrmPreview {
  const r = readCrmCsv(text, { now, ...opts });
  if (!r.ok) throw new Error(r.error);
  return r;
}

const lines = (...ls: string[]) => ls.join('\n') + '\n';

describe('a HubSpot deals export', () => {
  const text = lines(
    HUBSPOT_HEADER + ',Deal owner email,Company Domain Name,Favourite Colour',
    '101,Acme data platform,closedwon,"180,000.00",2026-11-02,Dana Ruiz,Acme Corp,Sales Pipeline,2026-09-01,USD,dana.ruiz@northwind.io,acme.com,blue',
    '102,Globex CRM rollout,Contract Sent,$45000,12/15/2026,Sam Lee,Globex,Sales Pipeline,2026-10-01,,,https://www.globex.io/,',
    '103,Initech support,appointmentscheduled,,,,Initech,Sales Pipeline,2026-10-01,EUR,,,',
  );
  const p = preview(text);

  it('is detected, with its columns mapped and the unknown ones listed', () => {
    expect(p.source).toBe('hubspot');
    expect(p.delimiter).toBe(',');
    expect(p.unknownColumns).toEqual(['Favourite Colour']);
    expect(p.columns.find((c) => c.header === 'Pipeline')?.field).toBe('ignored');
    expect(p.columns.find((c) => c.header === 'Deal Stage')?.field).toBe('stage');
    expect(p.bad).toEqual([]);
  });

  it('maps each row to a valid deal', () => {
    expect(p.good.map((g) => g.line)).toEqual([2, 3, 4]);
    for (const g of p.good) expect(dealSchema.safeParse(g.deal).success).toBe(true);
    const [acme, globex, initech] = p.good.map((g) => g.deal);
    expect(acme).toEqual({
      ...emptyDeal('hubspot-101', now),
      name: 'Acme data platform',
      account: 'Acme Corp',
      stage: 'signed',
      signedOn: '2026-11-02',
      owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      value: { amount: 180000, currency: 'USD' },
      links: { domains: ['acme.com'], gmailThreads: [], jira: [], asana: [] },
      updatedAt: now.toISOString(),
    });
    expect(globex).toMatchObject({
      id: 'hubspot-102',
      stage: 'negotiation',
      signedOn: null,
      value: { amount: 45000, currency: 'USD' },
      owner: null,
      notes: 'Owner in HubSpot: Sam Lee',
      links: { domains: ['globex.io'] },
    });
    expect(p.good[1]!.warnings).toEqual(['owner "Sam Lee" has no e-mail here: kept in the notes']);
    expect(initech).toMatchObject({ id: 'hubspot-103', stage: 'prospect', value: null, owner: null, notes: '' });
  });

  it('finds an owner e-mail in the roster by name', () => {
    const q = preview(text, { emailForName: (n) => (n === 'Sam Lee' ? 'sam.lee@northwind.io' : null) });
    expect(q.good[1]!.deal.owner).toEqual({ name: 'Sam Lee', email: 'sam.lee@northwind.io' });
    expect(q.good[1]!.warnings).toEqual([]);
  });
});

describe('a Salesforce opportunities export', () => {
  const text = lines(
    'Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner,Currency,Type,Probability (%),Website',
    '0065g00000AbCdE,Acme renewal,Acme Corp,Closed Won,"USD 1,200,000.00",3/31/2027,Dana Ruiz <dana.ruiz@northwind.io>,USD,Existing Business,100,acme.com',
    '0065g00000AbCdF,Globex pilot,Globex,Id. Decision Makers,9500,2027-01-15,Sam Lee,EUR,New Business,60,',
    '0065g00000AbCdG,Initech audit,Initech,Needs Analysis,0,,,,New Business,20,',
    '0065g00000AbCdH,Hooli,Hooli,Proposal/Price Quote,100,,,,,,',
    '0065g00000AbCdI,Umbrella,Umbrella,Negotiation/Review,100,,,,,,',
    '0065g00000AbCdJ,Soylent,Soylent,Closed Lost,100,2026-10-01,,,,,',
  );
  const p = preview(text);

  it('is detected and mapped', () => {
    expect(p.source).toBe('salesforce');
    expect(p.unknownColumns).toEqual([]);
    expect(p.bad).toEqual([]);
    expect(p.good.map((g) => [g.deal.id, g.deal.stage, g.deal.signedOn])).toEqual([
      ['sf-0065g00000AbCdE', 'signed', '2027-03-31'],
      ['sf-0065g00000AbCdF', 'negotiation', null],
      ['sf-0065g00000AbCdG', 'prospect', null],
      ['sf-0065g00000AbCdH', 'negotiation', null],
      ['sf-0065g00000AbCdI', 'negotiation', null],
      ['sf-0065g00000AbCdJ', 'closed', null],
    ]);
    expect(p.good[0]!.deal).toMatchObject({
      name: 'Acme renewal',
      account: 'Acme Corp',
      owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      value: { amount: 1200000, currency: 'USD' },
      links: { domains: ['acme.com'] },
    });
    expect(p.good[1]!.deal.value).toEqual({ amount: 9500, currency: 'EUR' });
    expect(p.good[1]!.deal.notes).toBe('Owner in Salesforce: Sam Lee');
  });

  it.each([
    ['Prospecting', 'prospect'],
    ['Qualification', 'prospect'],
    ['Value Proposition', 'negotiation'],
    ['Perception Analysis', 'negotiation'],
  ])('maps stage %s → %s', (stage, mapped) => {
    const q = preview(lines('Opportunity ID,Opportunity Name,Stage', `1,X,${stage}`));
    expect(q.good[0]!.deal.stage).toBe(mapped);
  });
});

describe('HubSpot stage labels and internal names', () => {
  it.each([
    ['appointmentscheduled', 'prospect'],
    ['Appointment Scheduled', 'prospect'],
    ['qualifiedtobuy', 'prospect'],
    ['Qualified To Buy', 'prospect'],
    ['presentationscheduled', 'negotiation'],
    ['decisionmakerboughtin', 'negotiation'],
    ['Decision Maker Bought-In', 'negotiation'],
    ['contractsent', 'negotiation'],
    ['closedwon', 'signed'],
    ['Closed Won (Sales Pipeline)', 'signed'],
    ['closedlost', 'closed'],
    ['Closed Lost', 'closed'],
  ])('%s → %s', (stage, mapped) => {
    const q = preview(lines('Record ID,Deal Name,Deal Stage', `1,X,"${stage}"`));
    expect(q.good[0]!.deal.stage).toBe(mapped);
  });
});

describe('bad rows name their line and why', () => {
  const hs = (...rows: string[]) => preview(lines('Record ID,Deal Name,Deal Stage,Amount,Close Date,Currency', ...rows));

  it.each([
    ['unknown stage', ['1,A,demo booked,,,'], [{ line: 2, reason: 'unknown stage "demo booked" in Deal Stage' }]],
    ['empty stage', ['1,A,,,,'], [{ line: 2, reason: 'Deal Stage is empty' }]],
    ['empty id', [',A,closedwon,,,'], [{ line: 2, reason: 'Record ID is empty' }]],
    ['empty name', ['1,,closedwon,,,'], [{ line: 2, reason: 'Deal Name is empty' }]],
    ['DD/MM/YYYY date', ['1,A,closedwon,,25/12/2026,'], [{ line: 2, reason: 'bad date "25/12/2026" in Close Date (use YYYY-MM-DD or MM/DD/YYYY)' }]],
    ['ambiguous-looking but invalid date', ['1,A,closedwon,,2026-13-01,'], [{ line: 2, reason: 'bad date "2026-13-01" in Close Date (use YYYY-MM-DD or MM/DD/YYYY)' }]],
    ['bad amount', ['1,A,closedwon,lots,,'], [{ line: 2, reason: 'bad amount "lots" in Amount: is not a number' }]],
    ['negative amount', ['1,A,closedwon,-5,,'], [{ line: 2, reason: 'bad amount "-5" in Amount: is negative' }]],
    ['bad currency', ['1,A,closedwon,5,,dollars'], [{ line: 2, reason: 'bad currency "dollars" in Currency: is not a 3-letter currency code such as USD' }]],
    ['amount and currency disagree', ['1,A,closedwon,€5,,USD'], [{ line: 2, reason: 'Amount "€5" is in EUR but Currency says USD' }]],
    ['too few fields', ['1,A'], [{ line: 2, reason: 'has 2 fields, the header has 6' }]],
    ['wrong delimiter in a row', ['1;A;closedwon;5;;USD'], [{ line: 2, reason: 'has 1 field, the header has 6 (wrong delimiter? the header is comma-separated)' }]],
    ['several problems at once', ['1,A,nope,x,31/01/2026,'], [{ line: 2, reason: 'unknown stage "nope" in Deal Stage; bad amount "x" in Amount: is not a number; bad date "31/01/2026" in Close Date (use YYYY-MM-DD or MM/DD/YYYY)' }]],
  ])('%s', (_name, rows, bad) => {
    const p = hs(...rows);
    expect(p.bad).toEqual(bad);
    expect(p.good).toEqual([]);
  });

  it('a duplicate id: the later row is the error, naming the first line', () => {
    const p = hs('7,A,closedwon,,,', '8,B,closedwon,,,', '7,C,closedlost,,,');
    expect(p.good.map((g) => g.deal.name)).toEqual(['A', 'B']);
    expect(p.bad).toEqual([{ line: 4, reason: 'duplicate Record ID "7": first on line 2' }]);
  });

  it('counts quoted line breaks in line numbers', () => {
    const p = preview(
      'Record ID,Deal Name,Deal Stage,Close Date\r\n' +
        '1,"Acme\r\nphase 1\r\nand 2",closedwon,2026-01-01\r\n' +
        '2,"Globex ""big"" deal",closedwon,31/12/2026\r\n' +
        '3,"Initech\nsupport",closedwon,2026-01-01\r\n' +
        '1,Dup,closedwon,2026-01-01\r\n',
    );
    expect(p.good.map((g) => [g.line, g.deal.name])).toEqual([
      [2, 'Acme\r\nphase 1\r\nand 2'],
      [6, 'Initech\nsupport'],
    ]);
    expect(p.bad).toEqual([
      { line: 5, reason: 'bad date "31/12/2026" in Close Date (use YYYY-MM-DD or MM/DD/YYYY)' },
      { line: 8, reason: 'duplicate Record ID "1": first on line 2' },
    ]);
  });

  it('an unclosed quote is a bad row at the line it opens', () => {
    const p = hs('1,A,closedwon,,,', '2,"B,closedwon,,,', '3,C,closedwon,,,');
    expect(p.good.map((g) => g.line)).toEqual([2]);
    expect(p.bad).toEqual([{ line: 3, reason: 'a quoted field opened on line 3 is never closed' }]);
  });

  it('a bad website is left out with a warning, not an error', () => {
    const p = preview(lines('Record ID,Deal Name,Deal Stage,Website', '1,A,closedwon,not a site'));
    expect(p.good[0]!.deal.links.domains).toEqual([]);
    expect(p.good[0]!.warnings[0]).toContain('is not a domain');
  });

  it('a bad owner e-mail is named', () => {
    const p = preview(lines('Record ID,Deal Name,Deal Stage,Deal owner,Deal owner email', '1,A,closedwon,Dana,dana-at-northwind'));
    expect(p.bad).toEqual([{ line: 2, reason: 'owner.email: must be an e-mail address' }]);
  });
});

describe('files with a BOM, semicolons or tabs', () => {
  const expected = [
    ['hubspot-1', 'Acme; Corp', 'signed', { amount: 1234.5, currency: 'EUR' }],
    ['hubspot-2', 'Globex', 'prospect', null],
  ];
  const pick = (p: CrmPreview) => p.good.map((g) => [g.deal.id, g.deal.account, g.deal.stage, g.deal.value]);

  it.each([
    ['semicolon with BOM and CRLF', '\uFEFFRecord ID;Deal Name;Associated Company;Deal Stage;Amount;Currency\r\n1;Acme;"Acme; Corp";closedwon;1234,5;EUR\r\n2;Globex;Globex;qualifiedtobuy;;\r\n'],
    ['tab', 'Record ID\tDeal Name\tAssociated Company\tDeal Stage\tAmount\tCurrency\n1\tAcme\tAcme; Corp\tclosedwon\t"1,234.50"\tEUR\n2\tGlobex\tGlobex\tqualifiedtobuy\t\t\n'],
    ['comma with BOM', '\uFEFFRecord ID,Deal Name,Associated Company,Deal Stage,Amount,Currency\n1,Acme,Acme; Corp,closedwon,"1,234.50",EUR\n2,Globex,Globex,qualifiedtobuy,,\n'],
  ])('%s', (_name, text) => {
    const p = preview(text);
    expect(p.source).toBe('hubspot');
    expect(p.bad).toEqual([]);
    expect(p.unknownColumns).toEqual([]);
    expect(pick(p)).toEqual(expected);
  });
});

describe('files that are not a CRM export', () => {
  it.each([
    ['one column (wrong delimiter)', 'Record ID|Deal Name|Deal Stage\n1|A|closedwon\n', /reads as one column/],
    ['no known column', 'Foo,Bar\n1,2\n', /not a HubSpot deals export or a Salesforce opportunities export.*"Foo", "Bar"/],
    ['a HubSpot export without its stage', 'Record ID,Deal Name,Amount\n1,A,5\n', /looks like a HubSpot deals export, but it has no "Deal Stage" column/],
    ['a Salesforce export without ids', 'Opportunity Name,Stage,Account Name\nA,Closed Won,Acme\n', /looks like a Salesforce opportunities export, but it has no "Opportunity ID" column/],
    ['empty', '\uFEFF', /empty/],
  ])('%s', (_name, text, message) => {
    const r = readCrmCsv(text, { now });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('mergeCrmDeal', () => {
  const crm = preview(lines('Record ID,Deal Name,Deal Stage,Amount,Close Date,Website', '1,Acme v2,closedwon,500,2026-12-01,acme.io')).good[0]!.deal;

  it('without an existing deal is the CRM deal', () => {
    expect(mergeCrmDeal(crm, undefined)).toBe(crm);
  });

  it('keeps what only Handoff knows', () => {
    const existing = {
      ...emptyDeal('hubspot-1', new Date('2026-01-01T00:00:00Z')),
      name: 'Acme',
      account: 'Acme Corp',
      stage: 'delivering' as const,
      signedOn: '2026-11-30',
      owner: { name: 'Dana', email: 'dana@northwind.io' },
      billing: { model: 'fixed' as const, paymentTermsDays: 30, notes: '' },
      specialTerms: [{ id: 't1', text: 'Go live by March', dueOn: '2027-03-01' }],
      links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: [{ site: 'https://acme.atlassian.net', key: 'NW' }], asana: [] },
      notes: 'PM notes',
      extra: 'kept',
    };
    const merged = mergeCrmDeal(crm, existing);
    expect(merged).toMatchObject({
      name: 'Acme v2',
      account: 'Acme Corp',
      stage: 'delivering',
      signedOn: '2026-12-01',
      owner: { name: 'Dana', email: 'dana@northwind.io' },
      value: { amount: 500, currency: 'USD' },
      billing: existing.billing,
      specialTerms: existing.specialTerms,
      links: { domains: ['acme.com', 'acme.io'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: [{ site: 'https://acme.atlassian.net', key: 'NW' }], asana: [] },
      notes: 'PM notes',
      extra: 'kept',
      updatedAt: now.toISOString(),
    });
    expect(dealSchema.safeParse(merged).success).toBe(true);
  });
});
