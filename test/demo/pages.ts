/**
 * The replica pages the demo opens, one per host, each showing a deal of the sample data. `shows`:
 * what else a screenshot waits for. The Gmail thread is a Sales request, and its flag comes
 * ~150 ms after the deal on a fresh worker (the classifier's first mail builds its tables).
 */
export const DEMO_PAGES: ReadonlyArray<{ host: string; url: string; shows?: string }> = [
  { host: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd', shows: '[data-handoff="sidebar"] >> [data-handoff="flag"]' },
  { host: 'jira', url: 'https://acme.atlassian.net/browse/NW-1' },
  { host: 'asana', url: 'https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001' },
];
