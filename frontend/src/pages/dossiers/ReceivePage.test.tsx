import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { DossierView } from '../../api/dossierTypes';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import ReceivePage, { defaultReceivingUnit, toReceiveInput } from './ReceivePage';
import { pickDate } from '../../test/dates';

const BIRTH = '1.001193.000.00.00.H99';
const fetchMock = vi.fn<typeof fetch>();
const realCreate = URL.createObjectURL;
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:mau-01');
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  URL.createObjectURL = realCreate;
});

const officer = () => loggedIn('officer', ['officer'], 'H99.X01');

describe('toReceiveInput', () => {
  it('builds the ReceiveInput: trimmed, optional fields left out, receivedAt in Vietnam time, nameless components dropped', () => {
    expect(
      toReceiveInput({
        procedureCode: BIRTH,
        receivingUnitCode: 'H99.X01.MC',
        channel: 'DIRECT',
        receivedAt: '2026-02-20T08:00:00+07:00', // as the date-time picker gives it
        applicant: {
          name: ' Nguyễn Thị Mai ',
          phone: '0912 345 678',
          idNumber: '',
          email: ' mai@example.vn ',
          address: undefined,
        },
        content: '  ',
        components: [
          { name: 'Tờ khai', copies: 2 },
          { name: '  ', copies: 1 },
          { name: 'Giấy chứng sinh', copies: null },
        ],
        returnMethod: 'POSTAL',
      }),
    ).toEqual({
      procedureCode: BIRTH,
      receivingUnitCode: 'H99.X01.MC',
      channel: 'DIRECT',
      receivedAt: '2026-02-20T08:00:00+07:00',
      applicant: { name: 'Nguyễn Thị Mai', phone: '0912 345 678', email: 'mai@example.vn' },
      components: [
        { name: 'Tờ khai', copies: 2 },
        { name: 'Giấy chứng sinh', copies: 1 },
      ],
      returnMethod: 'POSTAL',
    });
    expect(defaultReceivingUnit('H99.X01')).toBe('H99.X01.MC');
    expect(defaultReceivingUnit(undefined)).toBeUndefined();
  });
});

describe('ReceivePage', () => {
  it('prefills the components, previews the due date, shows violations on the fields, saves and previews Mẫu 01', async () => {
    const dueBodies: unknown[] = [];
    const saved: unknown[] = [];
    const created: DossierView = {
      code: 'H99.X01-260302-0007',
      status: 'RECEIVED',
      statusCode: 2,
      procedureCode: BIRTH,
      dueAt: '2026-03-05T08:00:00+07:00',
    };
    routeFetch(fetchMock, {
      '/api/v1/dossiers/catalogue': () =>
        json({
          items: [
            {
              code: BIRTH,
              name: 'Đăng ký khai sinh',
              field: 'Hộ tịch',
              processingTime: { value: 3, unit: 'WORKING_DAYS' },
            },
          ],
          page: 0,
          size: 20,
          total: 1,
        }),
      '/api/v1/procedures/units': () =>
        json({
          items: [
            {
              code: 'H99.X01.MC',
              name: 'Bộ phận Một cửa xã Một',
              kind: 'ONE_STOP',
              receivesDossiers: true,
              parentCode: 'H99.X01',
            },
          ],
          page: 0,
          size: 100,
          total: 1,
        }),
      [`/api/v1/procedures/${BIRTH}`]: () =>
        json({
          code: BIRTH,
          name: 'Đăng ký khai sinh',
          components: [
            { name: 'Tờ khai đăng ký khai sinh', copies: 1, required: true },
            { name: 'Giấy chứng sinh', copies: 1, required: true },
          ],
        }),
      '/api/v1/dossiers/due-date': (_u, init) => {
        const body = JSON.parse(String(init?.body));
        dueBodies.push(body);
        // the service's shape: the procedure version's time and unit
        return json({
          clockStartAt: body.receivedAt ?? '2026-03-02T08:00:00+07:00',
          dueAt: body.receivedAt ? '2026-02-25T08:00:00+07:00' : '2026-03-05T08:00:00+07:00',
          processingTime: 3,
          unit: 'WORKING_DAYS',
        });
      },
      [`/api/v1/dossiers/${created.code}/documents/mau-01`]: () =>
        new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }),
      '/api/v1/dossiers': (_u, init) => {
        saved.push(JSON.parse(String(init?.body)));
        return saved.length === 1
          ? problem(400, 'Dữ liệu không hợp lệ', {
              violations: [
                { field: 'receive.input.applicant.phone', rule: 'pattern', message: 'Số điện thoại phải có 10 chữ số' },
              ],
            })
          : json(created, 201);
      },
    });
    renderPage(<ReceivePage />, { path: `/ho-so/tiep-nhan?procedure=${BIRTH}`, auth: officer() });

    // components from the procedure, receiving point from the user's unit, due date for "now"
    await waitFor(() => expect(screen.getAllByTestId('receive-component-row')).toHaveLength(2));
    expect((screen.getAllByPlaceholderText('Tên giấy tờ')[1] as HTMLInputElement).value).toBe('Giấy chứng sinh');
    expect(within(screen.getByTestId('receive-unit')).getByText(/H99\.X01\.MC/)).toBeTruthy();
    expect((await screen.findByTestId('due-preview-at')).textContent).toBe('05/03/2026 08:00');
    expect(screen.getByTestId('due-preview-detail').textContent).toBe(
      'Thời hạn 3 ngày làm việc, tính từ 02/03/2026 08:00',
    );
    await waitFor(() => expect(dueBodies.at(-1)).toEqual({ procedureCode: BIRTH, receivingUnitCode: 'H99.X01.MC' }));

    // a receipt time in the past recomputes the due date
    pickDate(screen.getByTestId('receive-received-at'), '20/02/2026 08:00');
    await waitFor(() => expect(screen.getByTestId('due-preview-at').textContent).toBe('25/02/2026 08:00'));
    expect(dueBodies.at(-1)).toEqual({
      procedureCode: BIRTH,
      receivedAt: '2026-02-20T08:00:00+07:00',
      receivingUnitCode: 'H99.X01.MC',
    });

    // edit the list: remove the second component, add one
    fireEvent.click(within(screen.getAllByTestId('receive-component-row')[1]).getByTestId('receive-remove-component'));
    fireEvent.click(screen.getByTestId('receive-add-component'));
    const rows = await screen.findAllByTestId('receive-component-row');
    expect(rows).toHaveLength(2);
    fireEvent.change(within(rows[1]).getByPlaceholderText('Tên giấy tờ'), {
      target: { value: 'CCCD của mẹ (bản sao)' },
    });

    fireEvent.change(screen.getByTestId('receive-applicant-name'), { target: { value: 'Nguyễn Thị Mai' } });
    fireEvent.change(screen.getByTestId('receive-applicant-phone'), { target: { value: '091234567' } });
    fireEvent.change(screen.getByTestId('receive-content'), { target: { value: 'Đăng ký khai sinh cho con' } });
    fireEvent.click(screen.getByTestId('receive-save'));

    // server violation lands on the phone field
    expect(await screen.findByText('Số điện thoại phải có 10 chữ số')).toBeTruthy();
    expect(saved[0]).toEqual({
      procedureCode: BIRTH,
      receivingUnitCode: 'H99.X01.MC',
      channel: 'DIRECT',
      receivedAt: '2026-02-20T08:00:00+07:00',
      applicant: { name: 'Nguyễn Thị Mai', phone: '091234567' },
      content: 'Đăng ký khai sinh cho con',
      components: [
        { name: 'Tờ khai đăng ký khai sinh', copies: 1 },
        { name: 'CCCD của mẹ (bản sao)', copies: 1 },
      ],
    });

    fireEvent.change(screen.getByTestId('receive-applicant-phone'), { target: { value: '0912345678' } });
    fireEvent.click(screen.getByTestId('receive-save'));
    expect((await screen.findByTestId('received-code')).textContent).toContain('H99.X01-260302-0007');
    expect(screen.getByTestId('received-due').textContent).toBe('05/03/2026 08:00');
    expect(screen.getByTestId('open-dossier').closest('a')!.getAttribute('href')).toBe('/ho-so/H99.X01-260302-0007');

    fireEvent.click(screen.getByTestId('print-mau-01'));
    await waitFor(() => expect(screen.getByTestId('pdf-frame').getAttribute('src')).toBe('blob:mau-01'));
    const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/documents/mau-01'))!;
    expect((call[1]?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
  });

  it('searches the catalogue copy when the officer types and uses the chosen procedure', async () => {
    const searched: string[] = [];
    routeFetch(fetchMock, {
      '/api/v1/dossiers/catalogue': (url) => {
        searched.push(new URL(url, 'http://x').searchParams.get('q') ?? '');
        return json({
          items: [{ code: BIRTH, name: 'Đăng ký khai sinh', processingTime: { value: 3, unit: 'WORKING_DAYS' } }],
          page: 0,
          size: 20,
          total: 1,
        });
      },
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      [`/api/v1/procedures/${BIRTH}`]: () => problem(404, 'Not found'),
      '/api/v1/dossiers/due-date': () =>
        json({
          clockStartAt: '2026-03-02T08:00:00+07:00',
          dueAt: '2026-03-05T08:00:00+07:00',
          processingTime: 3,
          unit: 'WORKING_DAYS',
        }),
    });
    renderPage(<ReceivePage />, { path: '/ho-so/tiep-nhan', auth: officer() });
    expect((await screen.findByTestId('due-preview')).textContent).toContain('Chọn thủ tục');

    const combo = within(screen.getByTestId('receive-procedure')).getByRole('combobox');
    fireEvent.mouseDown(combo);
    fireEvent.change(combo, { target: { value: 'khai sinh' } });
    await waitFor(() => expect(searched).toContain('khai sinh'));
    fireEvent.click(await screen.findByTitle(`Đăng ký khai sinh (${BIRTH})`));

    expect((await screen.findByTestId('receive-processing-time')).textContent).toBe(
      'Thời hạn giải quyết: 3 ngày làm việc',
    );
    expect((await screen.findByTestId('due-preview-at')).textContent).toBe('05/03/2026 08:00');
    // the procedure's details are not available: the list stays empty and editable
    expect(screen.queryAllByTestId('receive-component-row')).toHaveLength(0);
  });
});
