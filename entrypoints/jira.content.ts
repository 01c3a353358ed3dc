import { JIRA_FEATURES } from '@/lib/sites/jira';
import { runFeatures } from '@/lib/sites/runtime/run-features';

export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, JIRA_FEATURES);
  },
});
