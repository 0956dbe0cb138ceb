/** Entry point: styles, translations, the 401 handler, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/tokens.css';
import './ui/base.css';
import './ui/controls.css';
import './ui/components.css';
import './app/layout.css';
import { setUnauthenticatedHandler } from './api/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { loginUrl } from './features/auth/auth.api';

initI18n();

// The session ended (expired, revoked or disabled): start again from the login page, which
// brings the user back here afterwards. A full load also drops everything held in memory.
setUnauthenticatedHandler(() => {
  const here = window.location.pathname + window.location.search;
  window.location.assign(loginUrl({ next: here, reason: 'expired' }));
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
