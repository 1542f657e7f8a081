import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import type { ProcedureHistory, ProcedureView } from '../api/types';
import { json, problem, renderPage, routeFetch } from '../test/render';
import { useDesktop, usePhone } from '../test/viewport';
import ProcedureDetailPage from './ProcedureDetailPage';
import { pickDate } from '../test/dates';

const CODE = '1.001193.000.00.00.H99';
const BASE = `/api/v1/procedures/${CODE}`;

const v2: ProcedureView = {
  code: CODE,
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['COMMUNE'],
  decidingAgencyCode: 'H99.X01',
  decidingAgencyName: 'UBND xã Một',
  receivingPoints: ['H99.X01.MC'],
  channels: ['DIRECT', 'ONLINE'],
  onlineLevel: 'FULL',
  fullOnlineEligible: true,
  processingTime: { value: 3, unit: 'WORKING_DAYS' },
  statutoryTime: { value: 5, unit: 'WORKING_DAYS' },
  afternoonCutoff: '16:00',
  fees: [
    { name: 'Lệ phí đăng ký khai sinh', amount: 8000, note: 'Miễn cho trẻ em hộ nghèo' },
    { name: 'Phí sao lục', amount: 0 },
  ],
  components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1, required: true, form: 'Mẫu TK-01' }],
  steps: ['Nộp hồ sơ tại Bộ phận Một cửa', 'Nhận kết quả'],
  applicants: 'Công dân Việt Nam',
  resultType: 'Giấy khai sinh',
  paperResultRequired: true,
  conditions: null,
  legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định 123/2015/NĐ-CP'],
  internalSteps: [
    { name: 'Tiếp nhận hồ sơ', actor: 'Bộ phận Một cửa', duration: 0.5 },
    { name: 'Thẩm định, trình ký', actor: 'Công chức tư pháp - hộ tịch', duration: 2 },
    { name: 'Trả kết quả', actor: 'Bộ phận Một cửa', duration: 0.5 },
  ],
  state: 'AMENDED',
  version: 2,
  validFrom: '2026-01-01',
  validTo: null,
  decision: { id: 7, number: '45/QĐ-UBND', decisionDate: '2025-12-20', effectiveDate: '2026-01-01', action: 'AMEND' },
};
const v1: ProcedureView = {
  ...v2,
  version: 1,
  state: 'IN_FORCE',
  processingTime: { value: 5, unit: 'WORKING_DAYS' },
  validFrom: '2025-07-01',
  validTo: '2025-12-31',
};
const history: ProcedureHistory = {
  code: CODE,
  versions: [
    {
      version: 1,
      name: 'Đăng ký khai sinh',
      processingTime: { value: 5, unit: 'WORKING_DAYS' },
      validFrom: '2025-07-01',
      validTo: '2025-12-31',
      decision: {
        id: 3,
        number: '12/QĐ-UBND',
        decisionDate: '2025-06-20',
        effectiveDate: '2025-07-01',
        action: 'PUBLISH',
      },
    },
    {
      version: 2,
      name: 'Đăng ký khai sinh',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
      validFrom: '2026-01-01',
      validTo: null,
      decision: v2.decision,
    },
  ],
  decisions: [
    { id: 3, number: '12/QĐ-UBND', decisionDate: '2025-06-20', effectiveDate: '2025-07-01', action: 'PUBLISH' },
    { id: 7, number: '45/QĐ-UBND', decisionDate: '2025-12-20', effectiveDate: '2026-01-01', action: 'AMEND' },
  ],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
  routeFetch(fetchMock, {
    [`${BASE}/history`]: () => json(history),
    [`${BASE}/versions/1`]: () => json(v1),
    [`${BASE}?asOf=2025-01-01`]: () => problem(404, 'Không tìm thấy'),
    [`${BASE}?asOf=2025-08-01`]: () => json(v1),
    [BASE]: () => json(v2),
    '/api/v1/procedures/units': () =>
      json({
        items: [{ code: 'H99.X01.MC', name: 'Bộ phận Một cửa xã Một', kind: 'ONE_STOP', receivesDossiers: true }],
        page: 0,
        size: 100,
        total: 1,
      }),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDesktop();
});

const plain = (s: string | null) => (s ?? '').replace(/\u00a0|\u202f/g, ' ');
const render = (path = `/thu-tuc/${CODE}`) => renderPage(<ProcedureDetailPage />, { path, route: '/thu-tuc/:code' });

describe('ProcedureDetailPage', () => {
  it('shows every part of the procedure in force', async () => {
    render();
    await waitFor(() => expect(screen.getByTestId('procedure-name').textContent).toBe('Đăng ký khai sinh'));
    expect(screen.getByTestId('procedure-name').tagName).toBe('H1');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(screen.getByTestId('procedure-code').textContent).toBe(CODE);
    expect(screen.getByTestId('procedure-state').textContent).toBe('Hiệu lực (đã sửa đổi)');
    expect(screen.getByTestId('procedure-field').textContent).toBe('Hộ tịch');
    expect(screen.getByTestId('procedure-processing-time').textContent).toBe('3 ngày làm việc');
    expect(screen.getByTestId('procedure-statutory-time').textContent).toBe('5 ngày làm việc');
    expect(screen.getByTestId('procedure-reduction').textContent).toBe('Giảm 2 ngày làm việc (40%)');
    expect(screen.getByTestId('procedure-full-online').textContent).toBe('Có');
    expect(screen.getByTestId('procedure-cutoff').textContent).toContain('16:00');
    const fields = screen.getByTestId('procedure-fields');
    expect(within(fields).getByText('Cấp xã')).toBeTruthy();
    expect(within(fields).getByText('UBND xã Một')).toBeTruthy();
    expect(within(fields).getByText('Trực tiếp, Trực tuyến')).toBeTruthy();
    expect(within(fields).getByText('Toàn trình')).toBeTruthy();
    expect(await within(fields).findByText('Bộ phận Một cửa xã Một')).toBeTruthy(); // receiving point name from /units

    const fees = screen.getByTestId('procedure-fees');
    expect(plain(within(fees).getByText(/8\.000/).textContent)).toBe('8.000 ₫');
    expect(within(fees).getByText('Miễn phí')).toBeTruthy();
    expect(within(screen.getByTestId('procedure-components')).getByText('Mẫu TK-01')).toBeTruthy();
    expect(screen.getByTestId('procedure-steps').querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByTestId('procedure-legal-basis').textContent).toContain('Luật Hộ tịch số 60/2014/QH13');
    const internal = screen.getByTestId('procedure-internal-steps');
    expect(within(internal).getByText('Thẩm định, trình ký')).toBeTruthy();
    expect(within(internal).getByText('2 ngày làm việc')).toBeTruthy();
    expect(screen.getByTestId('internal-steps-total').textContent).toBe('3 ngày làm việc');

    const decisions = await screen.findByTestId('procedure-decisions');
    await waitFor(() => expect(within(decisions).getByText('12/QĐ-UBND')).toBeTruthy());
    expect(within(decisions).getByText('Sửa đổi, bổ sung')).toBeTruthy();
    expect(within(screen.getByTestId('procedure-versions')).getByText('Đang xem')).toBeTruthy();
    expect(fetchMock.mock.calls.map((c) => c[0])).toContain(BASE);
  });

  it('opens an older version from the history', async () => {
    render();
    const row = await screen.findByTestId('version-row-1');
    fireEvent.click(row);
    await waitFor(() => expect(screen.getByTestId('procedure-processing-time').textContent).toBe('5 ngày làm việc'));
    expect(screen.getByTestId('location').textContent).toBe(`/thu-tuc/${CODE}?version=1`);
    expect(fetchMock.mock.calls.map((c) => c[0])).toContain(`${BASE}/versions/1`);
    expect(screen.getByText('Đang xem phiên bản 1.')).toBeTruthy();
  });

  it('asks for the version in force on the chosen date', async () => {
    render();
    await screen.findByTestId('procedure-name');
    // the picker (antd's) loads when asked for: the page itself carries none
    expect(screen.queryByTestId('as-of')).toBeNull();
    fireEvent.click(screen.getByTestId('as-of-open'));
    pickDate(await screen.findByTestId('as-of', {}, { timeout: 5000 }), '01/08/2025');
    await waitFor(() => expect(fetchMock.mock.calls.map((c) => c[0])).toContain(`${BASE}?asOf=2025-08-01`));
    expect(await screen.findByTestId('as-of-banner')).toBeTruthy();
    expect(screen.getByTestId('as-of-banner').textContent).toContain('01/08/2025');
    await waitFor(() => expect(screen.getByTestId('procedure-version').textContent).toBe('Phiên bản 1'));
  });

  it('says when no version was in force on a date', async () => {
    render(`/thu-tuc/${CODE}?asOf=2025-01-01`);
    const nf = await screen.findByTestId('procedure-not-found');
    expect(nf.textContent).toContain('01/01/2025');
    expect(screen.getByTestId('procedure-name').textContent).toBe(CODE);
  });

  it('on a phone shows components, fees, internal steps and history as cards, no tables', async () => {
    usePhone();
    render();
    await waitFor(() => expect(screen.getByTestId('procedure-name').textContent).toBe('Đăng ký khai sinh'));
    for (const id of [
      'procedure-components',
      'procedure-fees',
      'procedure-internal-steps',
      'procedure-versions',
      'procedure-decisions',
    ]) {
      const box = await screen.findByTestId(id);
      expect(box.getAttribute('data-layout'), id).toBe('cards');
      expect(box.querySelector('table'), id).toBeNull();
    }
    const component = within(screen.getByTestId('procedure-components')).getAllByRole('listitem');
    expect(component).toHaveLength(1);
    expect(component[0].querySelector('.card-list-title')?.textContent).toBe('Tờ khai đăng ký khai sinh');
    expect(component[0].textContent).toContain('Mẫu TK-01');
    const fees = within(screen.getByTestId('procedure-fees')).getAllByRole('listitem');
    expect(fees.map((f) => f.querySelector('.card-list-title')?.textContent)).toEqual([
      'Lệ phí đăng ký khai sinh',
      'Phí sao lục',
    ]);
    const steps = screen.getByTestId('procedure-internal-steps');
    expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    expect(plain(steps.textContent)).toContain('Tổng cộng: 3 ngày làm việc');
    await waitFor(() =>
      expect(within(screen.getByTestId('procedure-versions')).getAllByRole('listitem')).toHaveLength(2),
    );
    // the fields are stacked (label above value) rather than in two squeezed columns
    const fields = screen.getByTestId('procedure-fields');
    expect(fields.className).toContain('desc-list-stacked');
    expect(within(fields).getByText('Mã thủ tục').tagName).toBe('DT');
  });
});
