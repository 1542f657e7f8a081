import { fireEvent } from '@testing-library/react';

/** The text input of a picker found by its data-testid (antd puts data-* attributes on the input itself). */
function inputOf(el: HTMLElement): HTMLInputElement {
  return (el instanceof HTMLInputElement ? el : el.querySelector('input')) as HTMLInputElement;
}

/**
 * Types into an antd date / date-time picker as a user does: the text as shown ("15/03/2026", "15/03/2026 16:00"),
 * then Enter; an empty text clears the field with its clear button.
 */
export function pickDate(el: HTMLElement, text: string) {
  const input = inputOf(el);
  if (!text) {
    // the picker's clear button (×), as a user clears it
    const clear = input.closest('.ant-picker')?.querySelector('.ant-picker-clear');
    if (!clear) throw new Error('the picker has no clear button (no value, or allowClear off)');
    fireEvent.mouseDown(clear);
    fireEvent.mouseUp(clear);
    fireEvent.click(clear);
    return;
  }
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}

/** "2026-03-15" → "15/03/2026": the text a picker shows for an ISO date. */
export function shown(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
