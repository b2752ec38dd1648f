import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { i18n, initialLanguage, switchLanguage } from '@/lib/i18n';
import { initAuth } from '@/lib/keycloak';

// keycloak-js must initialise exactly once, so it runs before React (and outside StrictMode).
// The sign-in page already speaks the language this device used last (or the browser's).
switchLanguage(initialLanguage())
  .catch(() => undefined) // a language that fails to load leaves English
  .then(initAuth)
  .then(() => createRoot(document.getElementById('root')!).render(<App />))
  .catch(() => {
    document.getElementById('root')!.textContent = i18n.t('errors.authUnavailable');
  });
