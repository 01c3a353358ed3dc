import { render } from 'preact';
import { App } from '@/components/options/App';
import { FIRST_SCREEN_ROWS } from '@/components/options/deals/DealList';
import { send } from '@/lib/messaging/client';
import { askEarly } from '@/lib/options/first-screen';
import '@/components/kit/tokens.css';
import '@/components/kit/fields.css';
import '@/components/options/options.css';
import '@/components/options/crm/crm.css';

// The deals list's first page is asked for before anything renders (lib/options/first-screen.ts).
askEarly(() => send('deals.page', { filter: '', limit: FIRST_SCREEN_ROWS }));
const root = document.getElementById('app');
if (root) render(<App />, root);
