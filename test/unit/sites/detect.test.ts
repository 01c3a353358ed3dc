import { describe, expect, it } from 'vitest';
import { parseAsanaUrl } from '@/lib/sites/asana/detect';
import { parseGmailUrl } from '@/lib/sites/gmail/detect';
import { parseJiraUrl } from '@/lib/sites/jira/detect';

describe('parseGmailUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', { account: 0, route: 'inbox', arg: null, threadToken: null }],
    ['https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX', { account: 1, route: 'inbox', arg: null, threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#label/Clients%2FAcme', { account: 0, route: 'label', arg: 'Clients/Acme', threadToken: null }],
    ['https://mail.google.com/mail/u/0/#label/Clients/Acme/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX', { account: 0, route: 'label', arg: 'Clients/Acme', threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#search/from%3Adana+sow', { account: 0, route: 'search', arg: 'from:dana sow', threadToken: null }],
    ['https://mail.google.com/mail/u/0/#search/sow/18c2f0a9b3d4e5f6', { account: 0, route: 'search', arg: 'sow', threadToken: '18c2f0a9b3d4e5f6' }],
    ['https://mail.google.com/mail/u/0/#sent/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX', { account: 0, route: 'sent', arg: null, threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#category/promotions', { account: 0, route: 'category', arg: 'promotions', threadToken: null }],
    ['https://mail.google.com/mail/u/0/', { account: 0, route: 'inbox', arg: null, threadToken: null }],
    ['https://mail.google.com/mail/', { account: 0, route: 'inbox', arg: null, threadToken: null }],
    // A compose window or an attachment preview over an open thread: the thread stays open.
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX?compose=new', { account: 0, route: 'inbox', arg: null, threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX?projector=1', { account: 0, route: 'inbox', arg: null, threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#label/Clients%2FAcme/FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX?compose=CllgCJ', { account: 0, route: 'label', arg: 'Clients/Acme', threadToken: 'FMfcgzQXJWDsKmvBhQwTkrLnRtpSvLqX' }],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', { account: 0, route: 'inbox', arg: null, threadToken: null }],
  ])('%s', (href, expected) => expect(parseGmailUrl(href)).toEqual(expected));

  it.each(['https://mail.google.com/chat/u/0/', 'https://calendar.google.com/mail/u/0/#inbox', 'not a url'])('%s is not Gmail mail', (href) =>
    expect(parseGmailUrl(href)).toBeNull(),
  );
});

describe('parseJiraUrl', () => {
  it.each([
    ['https://acme.atlassian.net/browse/NW-12', { issueKey: 'NW-12', projectKey: 'NW', view: 'issue' }],
    ['https://acme.atlassian.net/browse/NW-12?focusedCommentId=1', { issueKey: 'NW-12', projectKey: 'NW', view: 'issue' }],
    ['https://acme.atlassian.net/jira/software/c/projects/NW/boards/1', { issueKey: null, projectKey: 'NW', view: 'board' }],
    ['https://acme.atlassian.net/jira/software/c/projects/NW/boards/1?selectedIssue=NW-3', { issueKey: 'NW-3', projectKey: 'NW', view: 'board' }],
    ['https://acme.atlassian.net/jira/software/projects/OPS/boards/2/backlog?selectedIssue=OPS-17', { issueKey: 'OPS-17', projectKey: 'OPS', view: 'board' }],
    ['https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=1&selectedIssue=ZZ-1', { issueKey: 'ZZ-1', projectKey: 'ZZ', view: 'board' }],
    ['https://acme.atlassian.net/jira/software/c/projects/NW/list', { issueKey: null, projectKey: 'NW', view: 'list' }],
    ['https://acme.atlassian.net/projects/NW/issues/NW-7', { issueKey: 'NW-7', projectKey: 'NW', view: 'issue' }],
    ['https://acme.atlassian.net/jira/your-work', { issueKey: null, projectKey: null, view: 'other' }],
    ['https://acme.atlassian.net/browse/nw', { issueKey: null, projectKey: 'NW', view: 'other' }],
  ])('%s', (href, expected) => expect(parseJiraUrl(href)).toEqual(expected));
});

describe('parseAsanaUrl', () => {
  it.each([
    ['https://app.asana.com/0/1208812345678901/1208812345679001', { projectGid: '1208812345678901', taskGid: '1208812345679001', style: 'old' }],
    ['https://app.asana.com/0/1208812345678901/1208812345679001/f', { projectGid: '1208812345678901', taskGid: '1208812345679001', style: 'old' }],
    ['https://app.asana.com/0/0/1208812345679001', { projectGid: null, taskGid: '1208812345679001', style: 'old' }],
    ['https://app.asana.com/0/1208812345678901/list', { projectGid: '1208812345678901', taskGid: null, style: 'old' }],
    ['https://app.asana.com/0/inbox/1200000000000001/1208812345679001/1208812345670000', { projectGid: null, taskGid: '1208812345679001', style: 'old' }],
    ['https://app.asana.com/0/search/123/1208812345679001', { projectGid: null, taskGid: '1208812345679001', style: 'old' }],
    ['https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001', { projectGid: '1208812345678901', taskGid: '1208812345679001', style: 'new' }],
    ['https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001/comment/1208812345670001', { projectGid: '1208812345678901', taskGid: '1208812345679001', style: 'new' }],
    ['https://app.asana.com/1/1200000000000001/task/1208812345679001', { projectGid: null, taskGid: '1208812345679001', style: 'new' }],
    ['https://app.asana.com/1/1200000000000001/project/1208812345678901/list', { projectGid: '1208812345678901', taskGid: null, style: 'new' }],
  ])('%s', (href, expected) => expect(parseAsanaUrl(href)).toEqual(expected));

  it.each(['https://app.asana.com/', 'https://app.asana.com/0/home/1', 'https://app.asana.com/1/123/home', 'https://app.asana.com/-/login', '::'])('%s is no task or project', (href) =>
    expect(parseAsanaUrl(href)).toBeNull(),
  );
});
