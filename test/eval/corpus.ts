import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEAL_STAGES, LABELS, SENDER_ROLES } from '../../lib/classify';

/** One line of a labelled corpus (the format of shared/corpus/dev.jsonl). */
const Address = z.object({ name: z.string(), email: z.string() });

/** The six languages the classifier reads besides English (issue 15). */
export const CORPUS_LANGS = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'] as const;

export const CorpusItem = z.object({
  id: z.string(),
  /** Language of the newest message; absent in the older sets, which are all English. */
  lang: z.enum(CORPUS_LANGS).default('en'),
  email: z.object({
    from: Address,
    to: z.array(Address).optional(),
    cc: z.array(Address).optional(),
    subject: z.string(),
    date: z.string().optional(),
    body: z.string(),
  }),
  context: z.object({
    senderRole: z.enum(SENDER_ROLES).nullable(),
    dealStage: z.enum(DEAL_STAGES).nullable(),
    /** The PM reading the mail (blind sets); the older sets leave it out. */
    reader: Address.optional(),
  }),
  label: z.enum(LABELS),
  note: z.string().optional(),
});

export type CorpusItem = z.infer<typeof CorpusItem>;

/** A problem with the corpus file, naming the file and (when known) the line. */
export class CorpusError extends Error {}

export function readCorpus(file: string): CorpusItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CorpusError(`${file}: cannot read the corpus file (${why})`);
  }
  const items: CorpusItem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new CorpusError(`${where}: not valid JSON (${why})`);
    }
    const parsed = CorpusItem.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join('.') || '(root)';
      throw new CorpusError(`${where}: bad item at ${path}: ${issue?.message ?? 'invalid'}`);
    }
    items.push(parsed.data);
  });
  if (items.length === 0) throw new CorpusError(`${file}: the corpus is empty`);
  return items;
}
