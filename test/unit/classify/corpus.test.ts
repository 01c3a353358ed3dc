import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEmail, computeMetrics, LABELS } from '@/lib/classify';
import { CorpusError, readCorpus } from '../../eval/corpus';
import { perLanguageTable } from '../../eval/format';

const fixture = join(__dirname, '../../eval/fixtures/handwritten.jsonl');

function tempFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'c.jsonl');
  writeFileSync(file, content);
  return file;
}

describe('readCorpus', () => {
  it('names the file when it cannot be read', () => {
    expect(() => readCorpus('/no/such/file.jsonl')).toThrow(CorpusError);
    expect(() => readCorpus('/no/such/file.jsonl')).toThrow('/no/such/file.jsonl');
  });

  it('names the file and line of a bad JSON line', () => {
    const file = tempFile(`${readFileLine(fixture)}\n{oops\n`);
    expect(() => readCorpus(file)).toThrow(`${file}:2: not valid JSON`);
  });

  it('names the field of an invalid item', () => {
    const file = tempFile('{"id":"x","email":{"from":{"name":"a","email":"b"},"subject":"s","body":"b"},"context":{"senderRole":"boss","dealStage":null},"label":"none"}\n');
    expect(() => readCorpus(file)).toThrow(`${file}:1: bad item at context.senderRole`);
  });

  it('reads the blind sets\' language and reader, and takes older lines as English', () => {
    const base = '"email":{"from":{"name":"a","email":"a@x.io"},"subject":"s","body":"b"},"label":"none"';
    const file = tempFile(
      `{"id":"old",${base},"context":{"senderRole":null,"dealStage":null}}\n` +
        `{"id":"new","lang":"pt",${base},"context":{"senderRole":"sales","dealStage":null,"reader":{"name":"R","email":"r@x.io"}}}\n`,
    );
    const [old, blind] = readCorpus(file);
    expect(old?.lang).toBe('en');
    expect(blind?.lang).toBe('pt');
    expect(blind?.context.reader?.email).toBe('r@x.io');
    expect(() => readCorpus(tempFile(`{"id":"x","lang":"xx",${base},"context":{"senderRole":null,"dealStage":null}}\n`))).toThrow('bad item at lang');
  });

  it('prints accuracy per language with a non-English total', () => {
    const out = perLanguageTable([
      { lang: 'en', correct: true },
      { lang: 'de', correct: true },
      { lang: 'de', correct: false },
      { lang: 'fr', correct: false },
    ]);
    expect(out).toMatch(/^de\s+2\s+1\s+0\.500$/m);
    expect(out).toMatch(/^non-English\s+3\s+1\s+0\.333$/m);
  });

  it('rejects an empty corpus', () => {
    expect(() => readCorpus(tempFile('\n\n'))).toThrow('empty');
  });
});

describe('hand-written regression corpus', () => {
  // A guard against rule edits that break cases which used to work; the bar
  // is below 1.0 so a deliberate trade-off can still land.
  it('keeps accuracy and pre-contract precision high', () => {
    const items = readCorpus(fixture);
    const metrics = computeMetrics(LABELS, items.map((it) => ({
      gold: it.label,
      predicted: classifyEmail(it.email, it.context).label,
    })));
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(metrics.labels['pre-contract-work'].precision).toBeGreaterThanOrEqual(0.95);
  });
});

function readFileLine(file: string): string {
  return JSON.stringify(readCorpus(file)[0]);
}
