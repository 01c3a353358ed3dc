/**
 * The classifier's whole output (label, confidence, newest message, every
 * evidence span with its id and reason, the note) over labelled corpora, as
 * one sha256 per file: a change that must not alter any verdict (a speed-up,
 * issue 18) shows the same fingerprints before and after.
 *   npx tsx test/eval/fingerprint.ts FILE.jsonl… [--out DIR] [--every-context]
 * With --out, the outputs are written one JSON line per item, to diff.
 * With --every-context, each mail is also classified under every sender
 * role and deal stage (unknown included), not only its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classifyEmail, DEAL_STAGES, SENDER_ROLES, type ClassifyContext } from '../../lib/classify';
import { readCorpus } from './corpus';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
const everyContext = args.includes('--every-context');
const files = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
if (!files.length) {
  console.error('usage: npx tsx test/eval/fingerprint.ts FILE.jsonl… [--out DIR] [--every-context]');
  process.exit(1);
}
if (outDir) mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const lines: string[] = [];
  for (const item of readCorpus(file)) {
    lines.push(JSON.stringify({ id: item.id, ...classifyEmail(item.email, item.context) }));
    if (!everyContext) continue;
    for (const senderRole of [null, ...SENDER_ROLES]) {
      for (const dealStage of [null, ...DEAL_STAGES]) {
        const context: ClassifyContext = { ...item.context, senderRole, dealStage };
        lines.push(JSON.stringify({ id: item.id, senderRole, dealStage, ...classifyEmail(item.email, context) }));
      }
    }
  }
  const text = lines.join('\n') + '\n';
  if (outDir) writeFileSync(join(outDir, basename(file)), text);
  console.log(`${createHash('sha256').update(text).digest('hex')}  ${lines.length} items  ${file}`);
}
