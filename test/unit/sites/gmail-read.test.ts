// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bodyText, readThread } from '@/lib/sites/gmail/read-thread';

const thread = (body: string) => `
  <div class="nH"><div class="iY">
    <div class="ha"><h2 class="hP" data-legacy-thread-id="18C2F0A9B3D4E5F6" data-thread-perm-id="thread-f:1">Acme SOW</h2></div>
    <div class="adn ads" data-legacy-message-id="m1">
      <span class="gD" email="dana.ruiz@northwind.io" name="Dana Ruiz">Dana</span>
      <span class="g2" email="Lee.Park@acme.com">Lee</span>
      <span class="g3" title="Nov 19, 2026, 2:02 PM">Nov 19</span>
      <div class="a3s">${body}</div>
    </div>
  </div></div>`;

describe('readThread', () => {
  it('reads id, subject, sender, recipients, date and body with its line breaks', () => {
    document.body.innerHTML = thread('<div>Hi Sam,</div><div>Could you finish the SOW?<br>Thanks</div><p>Dana</p>');
    const r = readThread(document.body);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.thread).toMatchObject({ threadId: '18c2f0a9b3d4e5f6', subject: 'Acme SOW', participants: ['dana.ruiz@northwind.io', 'lee.park@acme.com'] });
    expect(r.thread.messages[0]).toMatchObject({ id: 'm1', sender: { email: 'dana.ruiz@northwind.io', name: 'Dana Ruiz' }, date: 'Nov 19, 2026, 2:02 PM' });
    expect(r.thread.messages[0]!.bodyText).toBe('Hi Sam,\nCould you finish the SOW?\nThanks\n\nDana');
  });

  it('falls back to the perm id, and says what it could not find', () => {
    document.body.innerHTML = '<div class="ha"><h2 class="hP" data-legacy-thread-id="undefined" data-thread-perm-id="thread-f:1783462855398041094">S</h2></div>';
    expect(readThread(document.body)).toEqual({ ok: false, reason: 'no messages (div.adn) in the thread' });
    document.body.innerHTML = thread('x');
    document.querySelector('h2')!.setAttribute('data-legacy-thread-id', 'undefined');
    document.querySelector('h2')!.setAttribute('data-thread-perm-id', 'thread-f:1783462855398041094');
    const r = readThread(document.body);
    expect(r.ok && r.thread.threadId).toBe((1783462855398041094n).toString(16));
    document.body.innerHTML = '<div role="main"></div>';
    expect(readThread(document.body)).toEqual({ ok: false, reason: 'no thread subject (h2.hP) on the page' });
  });

  it('keeps hostile markup as text and skips scripts and styles', () => {
    const el = document.createElement('div');
    el.innerHTML = '<style>p{}</style><p>&lt;img src=x onerror=alert(1)&gt;</p><script>1</script>';
    expect(bodyText(el)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('bodyText', () => {
  it.each([
    ['<div>a</div>\n   <div>b</div>', 'a\nb'],
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['line one\nstill line one<br>two', 'line one still line one\ntwo'],
    ['<pre>keep\n  this</pre>', 'keep\nthis'],
    ['<blockquote>On Mon, Lee wrote:<br>&gt; hi</blockquote>', 'On Mon, Lee wrote:\n> hi'],
  ])('%j → %j', (html, text) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    expect(bodyText(el)).toBe(text);
  });
});

// Collapsed messages as on real saved pages (lib/sites/HOSTS.md): `div.kv[role=listitem] > … > div.adf.ads`,
// sender and date but no body and no div.adn.
const collapsed = (sender: string, extra = '') => `
  <div class="kv" role="listitem"><div class="h7"><div class="adf ads">
    <span class="gD" email="${sender}" name="Someone">Someone</span>${extra}
    <span class="g3" title="Nov 12, 2026, 9:00 AM">Nov 12</span>
  </div></div></div>`;
const withCollapsed = (earlier: string) => `
  <div class="nH"><div class="iY">
    <div class="ha"><h2 class="hP" data-legacy-thread-id="18c2f0a9b3d4e5f6">Acme SOW</h2></div>
    ${earlier}
    <div class="adn ads" data-legacy-message-id="m3">
      <span class="gD" email="sam@northwind.io" name="Sam">Sam</span>
      <span class="g3" title="Nov 19, 2026, 2:02 PM">Nov 19</span>
      <div class="a3s">Newest, from us</div>
    </div>
  </div></div>`;

describe('readThread with collapsed messages', () => {
  it.each([
    ['a collapsed sender who wrote only earlier', collapsed('Lee.Park@Acme.com'), ['lee.park@acme.com', 'sam@northwind.io']],
    ['a collapsed recipient', collapsed('sam@northwind.io', '<span class="g2" email="ops@acme.com">Ops</span>'), ['sam@northwind.io', 'ops@acme.com']],
    ['several collapsed messages, each address once', collapsed('lee.park@acme.com') + collapsed('kim@globex.com') + collapsed('LEE.PARK@acme.com'), ['lee.park@acme.com', 'kim@globex.com', 'sam@northwind.io']],
  ])('%s: counts as a participant', (_, earlier, participants) => {
    document.body.innerHTML = withCollapsed(earlier);
    const r = readThread(document.body);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.thread.participants).toEqual(participants);
    // The sidebar classifies the last message as the newest: it stays the last expanded one.
    expect(r.thread.messages.map((m) => m.id)).toEqual(['m3']);
    expect(r.thread.messages.at(-1)!.bodyText).toBe('Newest, from us');
  });
});
