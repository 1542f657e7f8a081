import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import { Pager, pagerItems } from './Pager';

describe('pagerItems', () => {
  it('offers the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pagerItems(0, 1)).toEqual([0]);
    expect(pagerItems(0, 3)).toEqual([0, 1, 2]);
    expect(pagerItems(5, 20)).toEqual([0, null, 4, 5, 6, null, 19]);
    expect(pagerItems(19, 20)).toEqual([0, null, 18, 19]);
    expect(pagerItems(1, 20)).toEqual([0, 1, 2, null, 19]);
    expect(pagerItems(0, 0)).toEqual([]);
  });
});

describe('Pager', () => {
  it('renders nothing when everything fits on one page', () => {
    const { container } = render(<Pager page={0} size={20} total={20} onChange={() => {}} />);
    expect(container.innerHTML).toBe('');
  });

  it('asks for the page clicked (0-based), marks the current one and disables what leads nowhere', () => {
    const onChange = vi.fn();
    render(<Pager page={0} size={20} total={41} onChange={onChange} />);
    expect(screen.getByTestId('pager-page-1').getAttribute('aria-current')).toBe('page');
    expect((screen.getByTestId('pager-previous') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('pager-page-3'));
    expect(onChange).toHaveBeenLastCalledWith(2);
    fireEvent.click(screen.getByTestId('pager-next'));
    expect(onChange).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByTestId('pager-page-1')); // the current page: no call
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('on a phone shows the position between previous and next', () => {
    const onChange = vi.fn();
    render(<Pager page={2} size={20} total={41} compact onChange={onChange} />);
    expect(screen.getByText('Trang 3 / 3')).toBeTruthy();
    expect((screen.getByTestId('pager-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('pager-previous'));
    expect(onChange).toHaveBeenCalledWith(1);
  });
});
