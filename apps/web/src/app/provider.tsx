import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import type { ReactNode } from 'react';
import { appTheme } from '@/config/theme';
import { I18nProvider, useI18n } from '@/i18n';
import { QueryProvider } from './query-provider';

function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={appTheme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** i18n first (antd's locale follows it), then antd (toasts need its context), then data. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <AntdProvider>
        <QueryProvider>{children}</QueryProvider>
      </AntdProvider>
    </I18nProvider>
  );
}
