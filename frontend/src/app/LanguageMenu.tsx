import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';
import { notifyProblem } from '@/lib/notify';
import { useChooseLanguage } from '@/lib/session/language';

/** The language Relay speaks to this person; each language is named in itself. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="subtle" size="xs" aria-label={t('language.choose')} data-testid="language-menu">
          {i18n.language.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item key={language} lang={language} onClick={() => choose.mutate(language, { onError: notifyProblem })}
            aria-current={language === i18n.language ? 'true' : undefined}
            fw={language === i18n.language ? 700 : undefined}>
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
