import { GMAIL_FEATURES } from '@/lib/sites/gmail';
import { runFeatures } from '@/lib/sites/runtime/run-features';
import { warmUpWhenIdle } from '@/lib/sites/gmail/warm-up';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, GMAIL_FEATURES);
    warmUpWhenIdle(ctx.signal);
  },
});
