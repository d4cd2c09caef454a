import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Alert } from '@zendeskgarden/react-notifications';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { themeFor } from './theme';

export { loadAllTranslations } from '../i18n/loadAllTranslations';

interface OutsideZendeskProps {
  locale: string;
  strings: Record<string, string>;
  fallback: Record<string, string>;
}

/** Opened outside Zendesk (no `origin`/`app_guid`): say where the app belongs instead of crashing. */
export function OutsideZendesk({ locale, strings, fallback }: OutsideZendeskProps) {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return (
    <ThemeProvider theme={themeFor(dark ? 'dark' : 'light')}>
      <I18nProvider locale={locale} strings={strings} fallback={fallback}>
        <Message />
      </I18nProvider>
    </ThemeProvider>
  );
}

function Message() {
  const { t } = useI18n();
  return (
    <Alert type="info" data-testid="outside-zendesk">
      <Alert.Title>{t('panel.outside.title')}</Alert.Title>
      <Alert.Paragraph>{t('panel.outside.body')}</Alert.Paragraph>
    </Alert>
  );
}
