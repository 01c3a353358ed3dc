// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linksSchema } from '@/lib/model/deal';
import { readThread } from '@/lib/sites/gmail/read-thread';

// Thread-id markup as seen on real saved Gmail pages (lib/sites/HOSTS.md, "Seen on real saved pages").
const F = '1783462855398041094';
const HEX = BigInt(F).toString(16);
const b64 = (s: string) => btoa(s);
const urlSafe = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
// jslog values carry their payload as base64 after a `1:`; a `+`/`/` needs
// the right bytes, so `?>?` makes the URL-safe case really differ.
const jslog = (payload: string, encode = b64) => `20686; u014N:xr6bB,SYhH9d; 1:${encode(payload)}; 4:W251bGwsbnVsbF0.`;

const page = (h2: string, extra = '') => `
  <div role="main"><div class="nH"><div class="iY">
    ${extra}
    <div class="ha"><h2 class="hP" ${h2}>Acme SOW</h2></div>
    <div class="adn ads" data-legacy-message-id="m1"><span class="gD" email="dana@northwind.io" name="Dana">Dana</span><div class="a3s">Hi</div></div>
  </div></div></div>`;

const cases: Array<[string, string, string | null, string?]> = [
  ['the hex legacy id', 'data-legacy-thread-id="18C2F0A9B3D4E5F6"', '18c2f0a9b3d4e5f6'],
  ['legacy "undefined": the thread-f perm id, in hex', `data-legacy-thread-id="undefined" data-thread-perm-id="thread-f:${F}"`, HEX],
  ['legacy "undefined", a thread-a perm id: kept as is', 'data-legacy-thread-id="undefined" data-thread-perm-id="thread-a:r-7779382519939495930"', 'thread-a:r-7779382519939495930'],
  ['no legacy id, a thread-a perm id: kept as is', 'data-thread-perm-id="thread-a:r-7779382519939495930"', 'thread-a:r-7779382519939495930'],
  ['legacy and perm "undefined": thread-f in a base64 jslog on the subject', `data-legacy-thread-id="undefined" data-thread-perm-id="undefined" jslog="${jslog(`["#${'thread-f:' + F}",null,null]`)}"`, HEX],
  ['no ids: thread-f in a URL-safe, unpadded base64 jslog', `jslog="${jslog(`[?>?"#thread-f:${F}"]`, urlSafe)}"`, HEX],
  ['no ids: a jslog elsewhere in the thread', '', HEX, `<div jslog="${jslog(`["#thread-f:${F}"]`)}"></div>`],
  ['no ids: an inbox row\'s jslog (split view) is another thread', '', null, `<table><tr class="zA"><td jslog="${jslog('["#thread-f:42"]')}"></td></tr></table>`],
  ['no ids: jslog without a thread-f, or not base64', 'jslog="20686; 1:!!!notbase64!!!; 2:YWJjZGVmZ2hpamtsbW5vcA; 3:a"', null],
  ['nothing at all', '', null],
];

describe('Gmail thread id sources (lib/sites/HOSTS.md)', () => {
  it.each(cases)('%s', (_, h2, expected, extra) => {
    document.body.innerHTML = page(h2, extra);
    const r = readThread(document.body);
    expect(r.ok && r.thread.threadId).toBe(expected);
    // Whatever the reader returns, the user can store it as a link.
    if (expected) expect(linksSchema.shape.gmailThreads.safeParse([expected]).success).toBe(true);
  });

  it('a long jslog full of base64 segments is read within bounds and never throws', () => {
    const noise = Array.from({ length: 5000 }, (_, i) => `${i}:${btoa('x'.repeat(30) + i)}`).join('; ');
    document.body.innerHTML = page(`jslog="${noise}"`);
    const started = performance.now();
    const r = readThread(document.body);
    expect(r.ok && r.thread.threadId).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('gmailThreads links accept the reader\'s forms only', () => {
  it.each([
    ['18c2f0a9b3d4e5f6', true],
    ['thread-a:r-7779382519939495930', true],
    ['thread-a:r--7779382519939495930', true],
    ['thread-f:1783462855398041094', false],
    ['thread-a:r-', false],
    ['undefined', false],
  ])('%s → %s', (id, ok) => {
    expect(linksSchema.shape.gmailThreads.safeParse([id]).success).toBe(ok);
  });
});
