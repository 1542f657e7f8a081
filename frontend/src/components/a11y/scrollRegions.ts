import { useEffect } from 'react';

/**
 * Boxes that scroll on their own (a wide table on a phone, a long history) and may hold nothing focusable: WCAG
 * 2.1.1 wants them reachable with the keyboard (axe scrollable-region-focusable), so each gets `tabindex="0"` while it
 * actually scrolls. The candidates are the scroll containers of antd's tables and descriptions and any element marked
 * `data-scroll-region`.
 */
export const SCROLL_REGIONS =
  '.ant-table-wrapper, .ant-table-content, .ant-table-body, .ant-table, .ant-descriptions-view, [data-scroll-region]';

/** Gives every candidate under `root` that scrolls a tab stop (an element's own tabindex is kept). */
export function markScrollRegions(root: ParentNode): number {
  let marked = 0;
  root.querySelectorAll<HTMLElement>(SCROLL_REGIONS).forEach((el) => {
    const style = getComputedStyle(el);
    const scrollsX = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const scrollsY = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if ((scrollsX || scrollsY) && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0');
      marked++;
    }
  });
  return marked;
}

/** Keeps {@link markScrollRegions} applied to the element `id` while its content and the window's size change. */
export function useFocusableScrollRegions(id: string): void {
  useEffect(() => {
    const root = document.getElementById(id);
    if (!root || typeof MutationObserver === 'undefined') return;
    let frame = 0;
    const run = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => markScrollRegions(root));
    };
    run();
    const observer = new MutationObserver(run);
    observer.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', run);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', run);
      cancelAnimationFrame(frame);
    };
  }, [id]);
}
