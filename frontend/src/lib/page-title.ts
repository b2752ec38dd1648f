import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab (and the history entry) after the page: "Clients · Relay". */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
