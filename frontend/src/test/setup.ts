import { afterEach, beforeAll, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n, { DEFAULT_LANGUAGE, loadLanguage, loadTexts } from '../i18n';
import { setSessionToken } from '../api/client';

// the app loads the English texts and the staff features' texts on demand (src/i18n/index.ts); tests render pages
// directly and switch languages at will, so all texts are there from the start
await Promise.all([loadLanguage('en'), loadTexts('inspections'), loadTexts('parIndex')]);

// antd (responsive grid, Table) needs matchMedia, which jsdom lacks.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom does not implement getComputedStyle(el, pseudoElt) and logs noisily; antd asks for it.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);

// findBy…/waitFor: lazy pages and antd forms can take more than the default 1 s on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// The files of one worker share one jsdom window and one module graph (vite.config.ts: `isolate: false`, 2.3× faster
// than a fresh environment per file). Each file starts from what a freshly loaded page has: no stored language,
// token, timers, stubs or spies left by the file before it.
beforeAll(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
  setSessionToken(undefined);
  await i18n.changeLanguage(DEFAULT_LANGUAGE);
});

afterEach(() => {
  cleanup();
  // reference data is kept for the browser session (src/api/hooks.ts): each test starts with none
  window.sessionStorage.clear();
});
