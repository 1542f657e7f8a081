import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadLanguage, loadTexts } from '../i18n';

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

afterEach(() => {
  cleanup();
  // reference data is kept for the browser session (src/api/hooks.ts): each test starts with none
  window.sessionStorage.clear();
});
