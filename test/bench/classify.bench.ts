/**
 * Classifier speed: 10,000 e-mails (the dev corpus repeated when it is
 * available next to the repo, otherwise generated ones), one at a time, plus
 * a 1 MB body. Budgets (issue 18): at least 10,000 e-mails a second, p99
 * ≤ 1 ms per e-mail, 1 MB body ≤ 20 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { classifyEmail, type ClassifyContext, type EmailInput } from '../../lib/classify';
import { type BenchRow, type BenchSuite, median, percentile } from './types';

const COUNT = 10_000;
const WARMUP = 500;
const BIG_RUNS = 15;

interface Sample {
  email: EmailInput;
  context: ClassifyContext;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function devCorpus(): Sample[] | undefined {
  const file = resolve(repoRoot, '../shared/corpus/dev.jsonl');
  if (!existsSync(file)) return undefined;
  const samples = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Sample);
  return samples.length > 0 ? samples : undefined;
}

/** Deterministic stand-ins when the shared corpus is not checked out. */
function generated(n: number): Sample[] {
  const asks = [
    'Can you put together the SOW for {c}? They want to sign before month end.',
    'Quick one - how long would a {c} data migration take, roughly? Ballpark is fine.',
    'Where are we on the {c} rollout? Their VP is asking for an update.',
    'Heads up, I told {c} we would be live by June 3.',
    'Thanks for the help on the {c} call yesterday, great job.',
  ];
  const companies = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'];
  const stages = ['prospect', 'negotiation', 'signed', 'delivering', null] as const;
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const company = companies[i % companies.length] ?? 'Acme';
    const body = `Hi Sam,\n\n${(asks[i % asks.length] ?? '').replace('{c}', company)}\n\nThanks,\nAlex\n\n` +
      `On Mon, Apr 6, 2026 at 9:00 AM Sam <sam@example.com> wrote:\n> Earlier note about ${company}.\n`;
    out.push({
      email: { from: { name: 'Alex Reed', email: 'alex@example.com' }, subject: `${company} follow-up`, body },
      context: { senderRole: 'sales', dealStage: stages[i % stages.length] ?? null },
    });
  }
  return out;
}

/** A short request followed by ~1 MB of pasted log output (no quote markers). */
function oneMegabyteEmail(): Sample {
  const line = '2026-04-06T09:00:00Z INFO worker-7 processed batch 4411 rows=1200 status=ok latency_ms=38\n';
  const body = 'Can you put together the SOW for Acme before they sign? Log below.\n\n' +
    line.repeat(Math.ceil(1_048_576 / line.length));
  return {
    email: { from: { name: 'Alex Reed', email: 'alex@example.com' }, subject: 'Acme logs', body },
    context: { senderRole: 'sales', dealStage: 'negotiation' },
  };
}

function timeEach(samples: Sample[], count: number): { latencies: number[]; totalMs: number } {
  const latencies: number[] = new Array<number>(count);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length];
    if (!s) continue;
    const t0 = performance.now();
    classifyEmail(s.email, s.context);
    latencies[i] = performance.now() - t0;
  }
  return { latencies, totalMs: performance.now() - start };
}

async function run(): Promise<BenchRow[]> {
  const corpus = devCorpus();
  const samples = corpus ?? generated(500);
  const source = corpus ? 'dev corpus' : 'generated';
  timeEach(samples, WARMUP);
  const { latencies, totalMs } = timeEach(samples, COUNT);
  const p50 = median(latencies);
  const p99 = percentile(latencies, 99);

  const big = oneMegabyteEmail();
  timeEach([big], 2);
  const bigTimes = timeEach([big], BIG_RUNS).latencies;

  const suite = 'classify';
  return [
    { suite, name: `throughput, ${COUNT} e-mails (${source})`, median: Math.round((COUNT / totalMs) * 1000), unit: 'ops/s', floor: 10_000 },
    { suite, name: 'latency per e-mail, p50', median: p50, unit: 'ms', extra: { p90: percentile(latencies, 90), max: Math.max(...latencies) } },
    { suite, name: 'latency per e-mail, p99', median: p99, unit: 'ms', budget: 1 },
    { suite, name: '1 MB body, per e-mail (budget 20 ms)', median: median(bigTimes), unit: 'ms', extra: { p99: percentile(bigTimes, 99), max: Math.max(...bigTimes) }, budget: 20 },
  ];
}

export const suite: BenchSuite = { name: 'classify', run };
