import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCLAIMER_START, isDisclaimerStart } from '@/lib/classify/newest-message/boilerplate';
import { leadChar } from '@/lib/classify/newest-message/lead-char';
import { isSeparator, SEPARATORS } from '@/lib/classify/newest-message/quote-markers';

/** Every line of every mail body in the in-repo evaluation sets, and the separators and disclaimers the patterns name, each with odd leading space. */
function lines(): string[] {
  const dir = resolve(import.meta.dirname, '../../eval/fixtures');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const row of readFileSync(resolve(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const body = (JSON.parse(row) as { email?: { body?: unknown } }).email?.body;
      if (typeof body === 'string') out.push(...body.split('\n'));
    }
  }
  const made = [
    '-----Original Message-----', '---------- Forwarded message ---------', '---- Forwarded by Dana/Ops on 09/02/99', 'Begin forwarded message:',
    'Anfang der weitergeleiteten Nachricht:', 'Début du message réexpédié :', 'Início da mensagem encaminhada:', 'Começo da mensagem encaminhada:',
    'CONFIDENTIALITY NOTICE: this', '** DISCLAIMER', 'Legal notice', 'This e-mail is confidential', 'The information in this email is',
    'If you are not the intended recipient', 'Please consider the environment before printing', 'consider the environment before printing',
    'Diese E-Mail ist vertraulich', 'Ce courriel est confidentiel', 'Este mensaje es confidencial', 'İf you are not the intended recipient', 'ıf you are not the intended recipient',
  ];
  for (const m of made) for (const pad of ['', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028']) out.push(pad + m, pad + m.toUpperCase(), pad + m.toLowerCase());
  return out;
}

describe('the first-character check before the separator and disclaimer patterns (issue 18)', () => {
  const all = lines();

  it('changes no answer on any line', () => {
    expect(all.length).toBeGreaterThan(10_000);
    for (const line of all) {
      expect(isSeparator(line), line).toBe(SEPARATORS.some((re) => re.test(line)));
      expect(isDisclaimerStart(line), line).toBe(DISCLAIMER_START.some((re) => re.test(line)));
    }
  });

  it.each([
    ['  Hello', 'h'], ['\u00a0\tBegin', 'b'], ['', ''], ['   ', ''], ['*x', '*'], ['Éa', 'É'],
  ])('leadChar(%j) is %j', (line, lead) => expect(leadChar(line)).toBe(lead));

  it('skips exactly what trimStart skips, for every character of the basic plane', () => {
    const byTrim = (line: string) => {
      const c = line.trimStart().charCodeAt(0);
      return Number.isNaN(c) ? '' : String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    };
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const line of [ch, `${ch}X`, ` ${ch}`]) if (leadChar(line) !== byTrim(line)) expect(leadChar(line), `U+${c.toString(16)}`).toBe(byTrim(line));
    }
  });
});
