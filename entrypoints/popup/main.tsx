import { render } from 'preact';
import { App } from '@/components/popup/App';
import '@/components/kit/tokens.css';
import '@/components/kit/fields.css';
import '@/components/popup/popup.css';

// <title> holds the toolbar tooltip for WXT (see index.html); the page itself is "Handoff".
document.title = 'Handoff';
const root = document.getElementById('app');
if (root) render(<App />, root);
