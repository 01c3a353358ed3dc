import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEmail, computeMetrics, LABELS } from '@/lib/classify';
import { CorpusError, readCorpus } from '../../eval/corpus';

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
