/**
 * The locale of antd's components and of dayjs (the pickers' month and day names, the first day of the week), set
 * once for the whole app by App's ConfigProvider: Vietnamese (vi_VN, dayjs 'vi': weeks start on Monday) unless the
 * UI is in English. Pickers show dates dd/MM/yyyy and times in 24 h whatever the locale (components/dates).
 */
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/locale/vi_VN';

/** antd's English locale: a chunk loaded with the English texts (`loadAntdLocale`, called by i18n's loadLanguage). */
let enUS: Locale | undefined;

export async function loadAntdLocale(lang: string): Promise<void> {
  if (lang === 'en' && !enUS) enUS = (await import('antd/locale/en_US')).default;
}

export function antdLocale(lang: string | undefined): Locale {
  const en = lang === 'en' && !!enUS;
  dayjs.locale(en ? 'en' : 'vi');
  return en ? enUS! : viVN;
}
