import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '@/lib/i18n';
import { notifyProblem } from '@/lib/notify';
import { useChooseLanguage } from '@/lib/session/language';

/**
 * The language Relay speaks to this person, each named in itself. A native select: the phone's own
 * picker on the road, the keyboard's arrows on a desk, and no popover code in the first paint.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <NativeSelect size="xs" w={96} aria-label={t('language.choose')} data-testid="language-menu"
      value={i18n.language}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (isLanguage(language)) choose.mutate(language, { onError: notifyProblem });
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))} />
  );
}
