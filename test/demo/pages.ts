/** The replica pages the demo opens, one per host, each showing a deal of the sample data. */
export const DEMO_PAGES = [
  { host: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd' },
  { host: 'jira', url: 'https://acme.atlassian.net/browse/NW-1' },
  { host: 'asana', url: 'https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001' },
] as const;
