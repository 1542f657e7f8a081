import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import type { Page, ProcedureSummary } from '../api/types';
import { renderPage } from '../test/render';
import { useDesktop, usePhone } from '../test/viewport';
import { NAME_MIN_WIDTH, ProcedureTable } from './ProcedureTable';

const data: Page<ProcedureSummary> = {
  items: [
    {
      code: '1.001193.000.00.00.H99',
      name: 'Đăng ký khai sinh có yếu tố nước ngoài tại Ủy ban nhân dân cấp xã khu vực biên giới',
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      decidingAgencyName: 'Ủy ban nhân dân xã An Phú',
      state: 'IN_FORCE',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    },
    {
      code: '2.000001.H99',
      name: 'Cấp giấy phép xây dựng',
      field: 'Xây dựng',
      levels: ['PROVINCE'],
      state: 'DRAFT',
      processingTime: { value: 1, unit: 'MONTHS' },
    },
  ],
  page: 0,
  size: 20,
  total: 41,
} as Page<ProcedureSummary>;

const show = () =>
  renderPage(<ProcedureTable data={data} showState showAgency rowHref={(r) => `/thu-tuc/${r.code}`} />);

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});
afterEach(() => useDesktop());

describe('ProcedureTable', () => {
  it('is a list of cards on a phone: each name a link, code, level, time and state, and no table', async () => {
    usePhone();
    show();
    const box = await screen.findByTestId('procedure-table');
    expect(box.getAttribute('data-layout')).toBe('cards');
    expect(box.querySelector('table')).toBeNull();
    const cards = within(box).getAllByTestId('procedure-card');
    expect(cards).toHaveLength(2);
    const link = within(cards[0]).getByTestId('procedure-link');
    expect(link.textContent).toBe(data.items[0].name);
    expect(link.getAttribute('href')).toBe('/thu-tuc/1.001193.000.00.00.H99');
    expect(cards[0].textContent).toContain('1.001193.000.00.00.H99');
    expect(cards[0].textContent).toContain('Cấp xã');
    expect(within(cards[0]).getByTestId('processing-time').textContent).toBe('3 ngày làm việc');
    expect(cards[1].textContent).toContain('Dự thảo');
    expect(within(box).getByTestId('procedure-total').textContent).toBe('Tổng số 41 thủ tục');
  });

  it('is a table on larger screens whose name column keeps its minimum width, long names cut with a tooltip', async () => {
    show();
    const box = await screen.findByTestId('procedure-table');
    expect(box.getAttribute('data-layout')).toBeNull();
    expect(within(box).queryAllByTestId('procedure-card')).toHaveLength(0);
    const table = box.querySelector('table')!;
    expect(table).not.toBeNull();
    expect(within(table).getAllByText('Tên thủ tục').length).toBeGreaterThan(0);
    // the table is as wide as its fixed columns plus the name's minimum: the name is never squeezed (was 65 px)
    const fixed = Array.from(table.querySelectorAll('col'))
      .map((c) => Number.parseInt(c.style.width || '0', 10))
      .reduce((a, b) => a + b, 0);
    expect(fixed).toBeGreaterThan(0);
    expect(Number.parseInt(table.style.minWidth, 10) - fixed).toBe(NAME_MIN_WIDTH);
    // the agency is cut with an ellipsis; its whole name is in the tooltip (title)
    const agency = within(table).getByText('Ủy ban nhân dân xã An Phú');
    expect(agency.className).toContain('ellipsis-cell');
    expect(agency.getAttribute('title')).toBe('Ủy ban nhân dân xã An Phú');
    // 41 procedures, 20 a page: a pager with three pages
    expect(within(box).getByTestId('pager-page-3')).toBeTruthy();
    expect(within(box).getByTestId('pager-page-1').getAttribute('aria-current')).toBe('page');
  });
});
