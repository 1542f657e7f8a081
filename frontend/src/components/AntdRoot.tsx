import { App as AntApp, ConfigProvider } from 'antd';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale } from '../i18n/antdLocale';
import { THEME } from './antdTheme';

/**
 * antd's theme, locale (the UI's language: antd's and dayjs') and App context (message, modal, notification) for the
 * pages that use antd. The frame (AppLayout, HomePage) is plain markup and the app root carries no antd (issue 17:
 * the public entry stays small), so each page that uses antd renders inside this: a public page imports it
 * statically (`withAntd` on its default export), the staff pages get it with their lazy route (App.tsx).
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const locale = useMemo(() => antdLocale(lang), [lang]);
  return (
    <ConfigProvider locale={locale} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** `Page` inside {@link AntdRoot}. */
export function withAntd<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithAntd(props: P) {
    return (
      <AntdRoot>
        <Page {...props} />
      </AntdRoot>
    );
  }
  WithAntd.displayName = `withAntd(${Page.displayName ?? Page.name})`;
  return WithAntd;
}
