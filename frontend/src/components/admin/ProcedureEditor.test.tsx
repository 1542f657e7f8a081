import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { ProcedureView } from '../../api/types';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import { ProcedureEditor } from './ProcedureEditor';

const fetchMock = vi.fn<typeof fetch>();
const auth = () => loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV');
const emptyPage = () => json({ items: [], page: 0, size: 100, total: 0 });

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const inForce: ProcedureView = {
  code: '1.001193.000.00.00.H99',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['COMMUNE'],
  receivingPoints: [],
  channels: ['DIRECT'],
  onlineLevel: 'PARTIAL',
  fullOnlineEligible: false,
  processingTime: { value: 3, unit: 'WORKING_DAYS' },
  fees: [{ name: 'Lệ phí', amount: 8000 }],
  components: [],
  steps: ['Nộp hồ sơ'],
  paperResultRequired: true,
  legalBasis: ['Luật Hộ tịch 2014'],
  internalSteps: [
    { name: 'Tiếp nhận', actor: 'Một cửa', duration: 1 },
    { name: 'Xử lý', actor: 'Tư pháp', duration: 2 },
  ],
  state: 'IN_FORCE',
  version: 1,
};

const input = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLInputElement;

describe('ProcedureEditor', () => {
  it('creates a draft, compares the internal steps with the processing time and shows server violations on the fields', async () => {
    let posted: unknown;
    routeFetch(fetchMock, {
      '/api/v1/procedures/fields': () => json([{ field: 'Hộ tịch', count: 1 }]),
      '/api/v1/procedures/units': emptyPage,
      '/api/v1/procedures': (_url, init) => {
        posted = JSON.parse(String(init?.body));
        return problem(400, 'Dữ liệu không hợp lệ', {
          violations: [
            {
              field: 'create.input.internalSteps',
              rule: 'sumEqualsProcessingTime',
              message: 'Tổng thời gian các bước (2) khác thời hạn (3)',
            },
            { field: 'create.input.code', rule: 'pattern', message: 'Chỉ gồm chữ, số, dấu chấm' },
          ],
        });
      },
    });
    const onDone = vi.fn();
    renderPage(<ProcedureEditor mode={{ kind: 'create' }} onDone={onDone} />, { auth: auth() });
    const form = await screen.findByTestId('procedure-editor');

    fireEvent.change(within(form).getByTestId('editor-code'), { target: { value: '9.001.H99' } });
    fireEvent.change(within(form).getByTestId('editor-name'), { target: { value: 'Thủ tục thử' } });
    fireEvent.change(input(form, '[data-testid="editor-field"] input, input[data-testid="editor-field"]'), {
      target: { value: 'Hộ tịch' },
    });
    fireEvent.click(within(form).getByLabelText('Cấp xã'));
    fireEvent.change(input(form, '[data-testid="editor-time-value"] input, input[data-testid="editor-time-value"]'), {
      target: { value: '3' },
    });

    fireEvent.click(screen.getByTestId('editor-add-internal'));
    const row = await screen.findByTestId('editor-internal-row');
    fireEvent.change(within(row).getByPlaceholderText('Nội dung công việc'), {
      target: { value: 'Tiếp nhận và xử lý' },
    });
    fireEvent.change(within(row).getByPlaceholderText('Trách nhiệm thực hiện'), { target: { value: 'Một cửa' } });
    fireEvent.change(within(row).getByPlaceholderText('Thời gian'), { target: { value: '2' } });

    await waitFor(() => expect(screen.getByTestId('internal-sum').getAttribute('data-ok')).toBe('false'));
    expect(screen.getByTestId('internal-sum').textContent).toContain(
      'Tổng thời gian các bước: 2 ngày làm việc — thời hạn giải quyết: 3 ngày làm việc',
    );

    fireEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(posted).toBeDefined());
    expect(posted).toMatchObject({
      code: '9.001.H99',
      name: 'Thủ tục thử',
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
      internalSteps: [{ name: 'Tiếp nhận và xử lý', actor: 'Một cửa', duration: 2 }],
      statutoryTime: null,
    });
    // the violations land on their fields, and the problem is shown
    expect(await screen.findByText('Tổng thời gian các bước (2) khác thời hạn (3)')).toBeTruthy();
    expect(screen.getByText('Chỉ gồm chữ, số, dấu chấm')).toBeTruthy();
    expect(screen.getByTestId('api-error').textContent).toContain('Dữ liệu không hợp lệ');
    expect(onDone).not.toHaveBeenCalled();

    // fixing the duration makes the sum match
    fireEvent.change(within(row).getByPlaceholderText('Thời gian'), { target: { value: '3' } });
    await waitFor(() => expect(screen.getByTestId('internal-sum').getAttribute('data-ok')).toBe('true'));
  });

  it('edits a procedure in force: loads the version in force and PUTs the draft of the next version', async () => {
    let put: { url: string; body: Record<string, unknown> } | undefined;
    routeFetch(fetchMock, {
      '/api/v1/procedures/fields': () => json([]),
      '/api/v1/procedures/units': emptyPage,
      [`/api/v1/procedures/${inForce.code}/draft`]: (url, init) => {
        if (init?.method === 'PUT') {
          put = { url, body: JSON.parse(String(init.body)) };
          return json({ ...inForce, version: 2, draft: true, state: 'IN_FORCE' });
        }
        return problem(404, 'Không có dự thảo');
      },
      [`/api/v1/procedures/${inForce.code}`]: () => json(inForce),
    });
    const onDone = vi.fn();
    renderPage(<ProcedureEditor mode={{ kind: 'edit', code: inForce.code }} onDone={onDone} />, { auth: auth() });

    const hint = await screen.findByTestId('editor-hint');
    expect(hint.textContent).toContain('tạo dự thảo phiên bản 2');
    expect((screen.getByTestId('editor-name') as HTMLInputElement).value).toBe('Đăng ký khai sinh');
    expect((screen.getByTestId('editor-code') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByTestId('editor-internal-row')).toHaveLength(2);
    expect(screen.getByTestId('internal-sum').getAttribute('data-ok')).toBe('true');
    expect(screen.queryByTestId('editor-discard')).toBeNull(); // no pending draft to discard

    fireEvent.change(screen.getByTestId('editor-name'), { target: { value: 'Đăng ký khai sinh (sửa đổi)' } });
    fireEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(put!.url).toBe(`/api/v1/procedures/${inForce.code}/draft`);
    expect(put!.body).not.toHaveProperty('code');
    expect(put!.body).toMatchObject({
      name: 'Đăng ký khai sinh (sửa đổi)',
      fees: [{ name: 'Lệ phí', amount: 8000, note: null }],
      legalBasis: ['Luật Hộ tịch 2014'],
      internalSteps: inForce.internalSteps,
    });
  });
});
