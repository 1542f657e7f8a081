import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './locales/vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'cchc.lang';

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * The texts are split so that a public page loads only what it shows (issue 17, docs/performance.md): the Vietnamese
 * texts of the public pages and common staff features are in the entry (the default language, no extra round trip);
 * the English ones are a chunk loaded when English is chosen (`loadLanguage`, before the switch); the staff features'
 * namespaces (`inspections`, `parIndex`: both languages in one chunk each) load with their routes (`loadTexts`).
 */
const languageLoaders: Record<Exclude<Language, 'vi'>, () => Promise<Record<string, unknown>>> = {
  // antd's locale comes with its language
  en: () =>
    Promise.all([import('./locales/en'), import('./antdLocale').then((m) => m.loadAntdLocale('en'))]).then(
      ([m]) => m.default,
    ),
};
const languagesLoaded = new Set<Language>(['vi']);

/** Loads the texts of `lng` (a no-op when they are there already). */
export async function loadLanguage(lng: string): Promise<void> {
  if (!isLanguage(lng) || languagesLoaded.has(lng)) return;
  const texts = await languageLoaders[lng as Exclude<Language, 'vi'>]();
  i18n.addResourceBundle(lng, 'translation', texts, true, true);
  languagesLoaded.add(lng);
}

export type TextNamespace = 'inspections' | 'parIndex';
const namespaceLoaders: Record<TextNamespace, () => Promise<Record<Language, Record<string, unknown>>>> = {
  inspections: () =>
    import('./locales/inspections').then((m) => ({
      vi: { inspections: m.inspectionsVi },
      en: { inspections: m.inspectionsEn },
    })),
  parIndex: () =>
    import('./locales/parIndex').then((m) => ({ vi: { parIndex: m.parIndexVi }, en: { parIndex: m.parIndexEn } })),
};
const namespacesLoaded = new Map<TextNamespace, Promise<void>>();

/** Loads the texts (both languages) of a staff feature; called by its lazy route before it renders. */
export function loadTexts(ns: TextNamespace): Promise<void> {
  let done = namespacesLoaded.get(ns);
  if (!done) {
    done = namespaceLoaders[ns]().then((texts) => {
      for (const lng of LANGUAGES) i18n.addResourceBundle(lng, 'translation', texts[lng], true, true);
    });
    done.catch(() => namespacesLoaded.delete(ns)); // a failed chunk is asked again on the next visit
    namespacesLoaded.set(ns, done);
  }
  return done;
}

/** Switches the UI language (after loading its texts) and remembers it in localStorage. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    /* private mode: not remembered */
  }
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  // the stored language's texts, when not Vietnamese, are loaded by main.tsx before the first render
  resources: { vi: { translation: vi } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export default i18n;
