import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n, { loadLanguage } from './i18n';
import './styles.css';
import App, { preloadRoute } from './App';
import { loadConfig } from './config';

preloadRoute(window.location.pathname);

// the stored language's texts (English is a chunk of its own) load in parallel with the configuration
void Promise.all([loadConfig(), loadLanguage(i18n.language).catch(() => undefined)]).then(([config]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});
