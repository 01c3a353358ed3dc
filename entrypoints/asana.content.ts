import { ASANA_FEATURES } from '@/lib/sites/asana';
import { runFeatures } from '@/lib/sites/runtime/run-features';

export default defineContentScript({
  matches: ['https://app.asana.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, ASANA_FEATURES);
  },
});
