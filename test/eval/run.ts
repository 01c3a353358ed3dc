/**
 * Evaluates the request classifier on a labelled corpus:
 *   npm run eval -- path/to/corpus.jsonl
 * Prints misclassified items, per-label precision/recall/F1, accuracy and
 * the confusion matrix; the LAST line is one JSON object with the figures.
 * Exit code 1 (with the file and line named) on a missing or bad corpus.
 */
import { classifyEmail, computeMetrics, LABELS, type Label } from '../../lib/classify';
import { CorpusError, readCorpus } from './corpus';
import { confusionTable, perLabelTable, perLanguageTable, table } from './format';

const SHORT: Record<Label, string> = {
  'pre-contract-work': 'pre',
  'promise-without-check': 'promise',
  'estimate-request': 'estimate',
  'status-request': 'status',
  none: 'none',
};

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    console.error('usage: npm run eval -- FILE.jsonl');
    return 1;
  }
  let items;
  try {
    items = readCorpus(file);
  } catch (err) {
    if (err instanceof CorpusError) {
      console.error(`eval: ${err.message}`);
      return 1;
    }
    throw err;
  }

  const pairs = items.map((item) => {
    const result = classifyEmail(item.email, item.context);
    return { item, result, gold: item.label, predicted: result.label };
  });
  const metrics = computeMetrics(LABELS, pairs);

  const wrong = pairs.filter((p) => p.gold !== p.predicted);
  console.log(`Corpus: ${file} (${items.length} items)\n`);
  if (wrong.length > 0) {
    console.log('Misclassified:');
    console.log(table(['id', 'lang', 'gold', 'predicted', 'confidence'], wrong.map((p) =>
      [p.item.id, p.item.lang, p.gold, p.predicted, p.result.confidence.toFixed(2)])));
    console.log('');
  }
  console.log(perLabelTable(LABELS, metrics));
  console.log(`\naccuracy ${metrics.accuracy.toFixed(3)}  macro-F1 ${metrics.macroF1.toFixed(3)}  n ${metrics.n}\n`);
  console.log(confusionTable(LABELS, metrics, (l) => SHORT[l]));
  console.log('');
  const langs = pairs.map((p) => ({ lang: p.item.lang, correct: p.gold === p.predicted }));
  console.log(perLanguageTable(langs));
  console.log('');
  const languages = Object.fromEntries(
    [...new Set(langs.map((l) => l.lang))].map((lang) => {
      const of = langs.filter((l) => l.lang === lang);
      return [lang, { n: of.length, accuracy: of.filter((l) => l.correct).length / of.length }];
    }),
  );
  console.log(JSON.stringify({ n: metrics.n, accuracy: metrics.accuracy, macroF1: metrics.macroF1, labels: metrics.labels, languages }));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
