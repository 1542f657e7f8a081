import { PHONE_QUERY } from '../components/responsive';

const original = window.matchMedia;

/**
 * Makes `useIsPhone()` true (a viewport below 768 px) until {@link useDesktop}: `matchMedia` answers true for the
 * phone query only, so antd's own breakpoints (min-width queries) stay as jsdom has them.
 */
export function usePhone(): void {
  window.matchMedia = (query: string) =>
    ({
      matches: query === PHONE_QUERY,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/** Back to the default (desktop-sized) viewport. */
export function useDesktop(): void {
  window.matchMedia = original;
}
