import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { i18n } from '@/lib/i18n';
import { initAuth } from '@/lib/keycloak';

// keycloak-js must initialise exactly once, so it runs before React (and outside StrictMode).
initAuth()
  .then(() => createRoot(document.getElementById('root')!).render(<App />))
  .catch(() => {
    document.getElementById('root')!.textContent = i18n.t('errors.authUnavailable');
  });
