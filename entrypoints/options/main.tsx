import { render } from 'preact';
import { App } from '@/components/options/App';
import '@/components/kit/tokens.css';
import '@/components/kit/fields.css';
import '@/components/options/options.css';
import '@/components/options/crm/crm.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
