import { describe, expect, it } from 'vitest';
import { extractNewestMessage } from '@/lib/classify';

const newest = (body: string, sender = 'Jamie Fox') => extractNewestMessage(body, sender);

describe('newest message: quoted history', () => {
  it('cuts a Gmail "On … wrote:" reply', () => {
    const body = 'Sounds good, go ahead.\n\nOn Tue, Jun 2, 2026 at 10:01 AM Lee Park <lee@park.io> wrote:\n> Should I send the plan?\n';
    expect(newest(body)).toBe('Sounds good, go ahead.');
  });

  it('cuts a Gmail attribution wrapped over two lines', () => {
    const body = 'Yes please.\n\nOn Tue, Jun 2, 2026 at 10:01 AM Lee Park <\nlee@park.io> wrote:\n\n> Want the deck?';
    expect(newest(body)).toBe('Yes please.');
  });

  it('cuts an attribution wrapped after the name', () => {
    const body = 'Works for me.\n\nOn Wed, 3 Jun 2026 at 14:20, Lee Park\n<lee@park.io> wrote:\n> Friday?';
    expect(newest(body)).toBe('Works for me.');
  });

  it('cuts an Apple Mail attribution', () => {
    const body = 'Will do.\n\n> On Jun 2, 2026, at 9:14 AM, Lee Park <lee@park.io> wrote:\n> \n> Can you check?';
    expect(newest(body)).toBe('Will do.');
  });

  it('cuts German, French and Spanish attributions', () => {
    expect(newest('Danke!\n\nAm 02.06.2026 um 10:01 schrieb Lee Park <lee@park.io>:\n> Hallo')).toBe('Danke!');
    expect(newest('Merci.\n\nLe mar. 2 juin 2026 à 10:01, Lee Park <lee@park.io> a écrit :\n> Bonjour')).toBe('Merci.');
    expect(newest('Gracias.\n\nEl mar, 2 jun 2026 a las 10:01, Lee Park (<lee@park.io>) escribió:\n> Hola')).toBe('Gracias.');
  });

  it('cuts at the first ">" line even without an attribution', () => {
    expect(newest('Agreed.\n> earlier text\n> more')).toBe('Agreed.');
  });

  it('cuts an Outlook header block', () => {
    const body = [
      'Approved on my side.', '', 'From: Lee Park <lee@park.io>', 'Sent: Tuesday, June 2, 2026 10:01 AM',
      'To: Jamie Fox <jamie@fox.io>', 'Subject: RE: plan', '', 'Can you approve?',
    ].join('\n');
    expect(newest(body)).toBe('Approved on my side.');
  });

  it('cuts an Outlook block with a rule of underscores and bold labels', () => {
    const body = 'Done.\n\n________________________________\n*From:* Lee Park <lee@park.io>\n*Sent:* Tuesday\n*To:* Jamie\n*Subject:* x\n\nold';
    expect(newest(body)).toBe('Done.');
  });

  it('cuts a German Outlook block', () => {
    const body = 'Passt.\n\nVon: Lee Park <lee@park.io>\nGesendet: Dienstag, 2. Juni 2026 10:01\nAn: Jamie\nBetreff: Plan\n\nalt';
    expect(newest(body)).toBe('Passt.');
  });

  it('cuts "-----Original Message-----"', () => {
    expect(newest('See below.\n\n-----Original Message-----\nFrom: x\nold text')).toBe('See below.');
  });

  it('keeps only what a forward adds above the forwarded message', () => {
    const body = 'Can you take a look at this?\n\n---------- Forwarded message ---------\nFrom: A <a@b.c>\nDate: Mon\nSubject: S\nTo: B <b@c.d>\n\nPlease send the contract.';
    expect(newest(body)).toBe('Can you take a look at this?');
  });

  it('gives an empty message for a bare forward', () => {
    expect(newest('\n---------- Forwarded message ---------\nFrom: A <a@b.c>\n\nPlease sign.')).toBe('');
    expect(newest('Begin forwarded message:\n\nFrom: A <a@b.c>\nSubject: hi\n\nsign here')).toBe('');
  });

  it('keeps a one-word reply', () => {
    expect(newest('thanks!!\n\nOn Mon, Jun 1, 2026 at 9:00 AM A <a@b.c> wrote:\n> x')).toBe('thanks!!');
  });

  it('does not treat a sentence starting with "On" as an attribution', () => {
    const body = 'On Monday we start the pilot:\n- step one\n- step two';
    expect(newest(body)).toBe(body);
  });
});

describe('newest message: signatures and footers', () => {
  it('drops "Sent from my iPhone" and what follows', () => {
    expect(newest('status?\n\nSent from my iPhone')).toBe('status?');
  });

  it('drops Outlook mobile and localised footers', () => {
    expect(newest('ok\n\nGet Outlook for Android')).toBe('ok');
    expect(newest('ok\n\nVon meinem iPhone gesendet')).toBe('ok');
    expect(newest('ok\n\nEnviado desde mi iPhone')).toBe('ok');
  });

  it('drops a "-- " signature block', () => {
    expect(newest('See you then.\n\n-- \nJamie Fox\nSales | Fox Co\n+1 555 0100')).toBe('See you then.');
  });

  it('drops a sign-off, name and title block', () => {
    const body = 'Could you send it today?\n\nBest,\nJamie\n\nJamie Fox | Account Executive\nFox Co\nT: +1 (555) 010-0101';
    expect(newest(body)).toBe('Could you send it today?');
  });

  it('drops a name or initials line', () => {
    expect(newest('Ping me when done.\n\nJF', 'Jamie Fox')).toBe('Ping me when done.');
    expect(newest('Ping me when done.\n\nJamie', 'Jamie Fox')).toBe('Ping me when done.');
    expect(newest('Ping me when done.\n\nthx, Jamie', 'Jamie Fox')).toBe('Ping me when done.');
  });

  it('keeps prose that merely follows a "Thanks" line', () => {
    const body = 'Thanks!\nCan you also send the final numbers to their team by Friday afternoon please.';
    expect(newest(body)).toBe(body);
  });

  it('drops a legal disclaimer', () => {
    const body = 'Please review.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, delete it.';
    expect(newest(body)).toBe('Please review.');
  });

  it('drops an external-sender banner at the top', () => {
    const body = 'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.\n\nHi, can you call me?';
    expect(newest(body)).toBe('Hi, can you call me?');
    expect(newest('[EXTERNAL]\n\nHi, can you call me?')).toBe('Hi, can you call me?');
    expect(newest('[EXTERNAL] Hi, can you call me?')).toBe('Hi, can you call me?');
  });

  it('cuts a promotional line under a named sign-off, but keeps a P.S.', () => {
    const body = 'Nice work by the team.\n\nBonne soirée,\nRobin\n\nRobin Vale\nAccount Director\nWant a quote? Reply and we send a proposal.';
    expect(extractNewestMessage(body, 'Robin Vale')).toBe('Nice work by the team.');
    const ps = 'Can you update the SOW?\n\nThanks,\nRobin\n\nP.S. the order form too please.';
    expect(extractNewestMessage(ps, 'Robin Vale')).toContain('P.S.');
  });
});

describe('newest message: odd input', () => {
  it('handles empty and non-string bodies', () => {
    expect(newest('')).toBe('');
    expect(extractNewestMessage(undefined)).toBe('');
    expect(extractNewestMessage(42)).toBe('');
  });

  it('converts an HTML fragment and cuts its blockquote', () => {
    const html = '<div dir="ltr">Can you send the quote?<br><br>Thanks</div><div class="gmail_quote"><blockquote>old ask</blockquote></div>';
    expect(newest(html)).toBe('Can you send the quote?');
  });

  it('normalises CRLF line ends', () => {
    expect(newest('Hello there.\r\n\r\nOn Mon, Jun 1, 2026 at 9:00 AM A <a@b.c> wrote:\r\n> x')).toBe('Hello there.');
  });

  it('removes control characters from binary-looking bodies', () => {
    const out = newest('PK\u0003\u0004\u0000\u0000binary\u0007junk');
    expect(out).not.toMatch(/[\u0000-\u0008]/);
  });

  it('bounds the length of the result', () => {
    expect(newest('word '.repeat(300_000)).length).toBeLessThanOrEqual(20_000);
  });
});

describe('newest message: inline replies', () => {
  it('keeps the lines written between quoted lines when no attribution heads the quote', () => {
    const body = 'Answers below\n\n> Do they want stages 2-4?\nYes, 2-4.\n\n> Who drafts the proposal?\nCan you take that one?\n\nJamie';
    expect(newest(body)).toBe('Answers below\n\nYes, 2-4.\n\nCan you take that one?');
  });

  it('keeps a bottom-posted answer under a bare quote', () => {
    expect(newest('> Can you send the plan?\nSent it an hour ago.')).toBe('Sent it an hour ago.');
  });

  it('stops at older history below the inline answers', () => {
    const body = 'Inline:\n> deadline?\nFriday.\n\nOn Mon, Jun 1, 2026 at 9:00 AM Lee Park <lee@park.io> wrote:\n> older\nold unquoted wrap';
    expect(newest(body)).toBe('Inline:\n\nFriday.');
  });

  it('does not treat a quoted attribution block as an inline reply', () => {
    const body = 'Will do.\n\n> On Jun 2, 2026, at 9:14 AM, Lee Park <lee@park.io> wrote:\n> Can you check?\n\nunquoted tail';
    expect(newest(body)).toBe('Will do.');
  });
});
