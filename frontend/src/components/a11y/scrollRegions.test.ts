import { describe, expect, it } from 'vitest';
import { markScrollRegions } from './scrollRegions';

function box(className: string, overflowX: string, scrollWidth: number, clientWidth: number): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.style.overflowX = overflowX;
  Object.defineProperty(el, 'scrollWidth', { value: scrollWidth });
  Object.defineProperty(el, 'clientWidth', { value: clientWidth });
  return el;
}

describe('markScrollRegions', () => {
  it('gives a tab stop to a table box that scrolls, and to nothing else', () => {
    const root = document.createElement('div');
    const scrolling = box('ant-table-content', 'auto', 900, 360);
    const fitting = box('ant-table-content', 'auto', 360, 360);
    const clipped = box('ant-table-content', 'hidden', 900, 360);
    const other = box('plain', 'auto', 900, 360);
    const own = box('ant-descriptions-view', 'auto', 900, 360);
    own.setAttribute('tabindex', '-1');
    root.append(scrolling, fitting, clipped, other, own);
    expect(markScrollRegions(root)).toBe(1);
    expect(scrolling.getAttribute('tabindex')).toBe('0');
    expect(fitting.hasAttribute('tabindex')).toBe(false);
    expect(clipped.hasAttribute('tabindex')).toBe(false);
    expect(other.hasAttribute('tabindex')).toBe(false);
    expect(own.getAttribute('tabindex')).toBe('-1');
  });
});
