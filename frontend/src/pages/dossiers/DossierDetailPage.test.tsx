import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { DossierView } from '../../api/dossierTypes';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import DossierDetailPage, { orderedActions, recordedLater } from './DossierDetailPage';
import { TimelyApology } from './ActionModal';
import { render as rtlRender } from '@testing-library/react';
import { pickDate } from '../../test/dates';

const CODE = 'H99.X01-260220-0001';
const BASE = `/api/v1/dossiers/${CODE}`;

const view: DossierView = {
  code: CODE,
  status: 'PROCESSING',
  statusCode: 4,
  procedureCode: '1.001193.000.00.00.H99',
  procedureName: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  receivingUnitCode: 'H99.X01.MC',
  decidingUnitCode: 'H99.X01',
  channel: 'DIRECT',
  applicant: { name: 'Nguyễn Thị Mai', phone: '0912345678', idNumber: '001190000001' },
  content: 'Đăng ký khai sinh cho con',
  components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
  receivedAt: '2026-02-20T08:00:00+07:00',
  clockStartAt: '2026-02-20T08:00:00+07:00',
  dueAt: '2026-02-25T08:00:00+07:00',
  // the server's rule (ApologyRules.timelyUntil): the working day before the due date
  apologyTimelyUntil: '2026-02-24',
  extendedDueAt: null,
  effectiveDueAt: '2026-02-25T08:00:00+07:00',
  classification: null,
  overdue: true,
  dueSoon: false,
  apology: null,
  lateWithoutApology: true,
  pauses: [{ kind: 'SUPPLEMENT', from: '2026-02-21T09:00:00+07:00', to: '2026-02-23T10:00:00+07:00' }],
  handovers: [
    {
      stepName: 'Chuyển hồ sơ',
      fromUser: 'officer',
      toUser: 'specialist',
      toUnitCode: 'H99.X01.TP',
      at: '2026-02-20T09:00:00+07:00',
      budgetHours: 4,
      usedHours: 1,
      result: 'EARLY',
    },
    {
      stepName: 'Thẩm định',
      fromUser: 'specialist',
      toUser: 'leader',
      at: '2026-02-26T09:00:00+07:00',
      budgetHours: 16,
      usedHours: 30,
      result: 'LATE',
    },
  ],
  history: [
    {
      at: '2026-02-20T09:00:00+07:00',
      actor: 'officer',
      action: 'start',
      fromStatus: 'RECEIVED',
      toStatus: 'PROCESSING',
    },
    {
      at: '2026-02-20T08:00:00+07:00',
      actor: 'officer',
      action: 'receive',
      fromStatus: null,
      toStatus: 'RECEIVED',
      note: 'Nhận trực tiếp',
    },
  ],
  allowedActions: ['resolve', 'apology', 'handover', 'request-supplement'],
};

const fetchMock = vi.fn<typeof fetch>();
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:mau');
  URL.revokeObjectURL = vi.fn();
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

const pdf = () =>
  new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-type': 'application/pdf' } });
const render = (roles = ['leader']) =>
  renderPage(<DossierDetailPage />, {
    path: `/ho-so/${CODE}`,
    route: '/ho-so/:code',
    auth: loggedIn(roles[0], roles, 'H99.X01'),
  });

function routes(actions: Record<string, (body: unknown) => Response>) {
  const posted: { action: string; body: unknown }[] = [];
  routeFetch(fetchMock, {
    '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
    [`${BASE}/documents/`]: () => pdf(),
    [`${BASE}/actions/`]: (url, init) => {
      const action = url.slice(`${BASE}/actions/`.length);
      const body = JSON.parse(String(init?.body));
      posted.push({ action, body });
      return actions[action]?.(body) ?? problem(404, 'no');
    },
    [BASE]: () => json(view),
  });
  return posted;
}

describe('recordedLater', () => {
  it('is true only for steps written here well after they happened', () => {
    expect(
      recordedLater({ at: '2025-03-10T09:00:00+07:00', recordedAt: '2026-12-05T09:15:00+07:00', action: 'receive' }),
    ).toBe(true);
    expect(
      recordedLater({ at: '2026-12-05T09:15:00+07:00', recordedAt: '2026-12-05T09:15:00.420+07:00', action: 'import' }),
    ).toBe(false);
    expect(recordedLater({ at: '2026-02-20T08:00:00+07:00', action: 'receive' })).toBe(false);
  });
});

describe('orderedActions', () => {
  it('lists the allowed actions in lifecycle order, unknown ones last', () => {
    expect(orderedActions(['resolve', 'x-new', 'start', 'apology'])).toEqual(['start', 'apology', 'resolve', 'x-new']);
    expect(orderedActions(null)).toEqual([]);
  });
});

describe('DossierDetailPage', () => {
  it('shows the header, timeline, pauses, control slip, documents and only the allowed actions', async () => {
    routes({});
    render();
    expect((await screen.findByTestId('dossier-code')).textContent).toBe(CODE);
    expect(screen.getByTestId('dossier-status').textContent).toBe('Đang xử lý');
    expect(screen.getByTestId('dossier-due').textContent).toBe('25/02/2026 08:00');
    expect(screen.getByTestId('dossier-overdue').textContent).toBe('Quá hạn');
    expect(screen.getByTestId('dossier-late-without-apology')).toBeTruthy();
    expect(screen.queryByTestId('dossier-extended-due')).toBeNull();
    expect(screen.getByTestId('dossier-applicant').textContent).toBe('Nguyễn Thị Mai');

    // history in time order, with status changes
    const entries = within(screen.getByTestId('dossier-history')).getAllByTestId('history-entry');
    expect(entries.map((e) => e.getAttribute('data-action'))).toEqual(['receive', 'start']);
    expect(entries[0].textContent).toContain('Nhận trực tiếp');
    expect(entries[1].textContent).toContain('Được tiếp nhận → Đang xử lý');

    expect(within(screen.getByTestId('dossier-pauses')).getByText('Chờ bổ sung hồ sơ')).toBeTruthy();
    const slip = screen.getByTestId('dossier-control-slip');
    expect(
      within(slip)
        .getAllByTestId('handover-result')
        .map((e) => e.textContent),
    ).toEqual(['Trước hạn', 'Quá hạn']);
    expect(within(slip).getByText('Thẩm định')).toBeTruthy();

    const actions = within(screen.getByTestId('dossier-actions')).getAllByRole('button');
    expect(actions.map((b) => b.getAttribute('data-testid'))).toEqual([
      'action-handover',
      'action-request-supplement',
      'action-apology',
      'action-resolve',
    ]);
    expect(screen.queryByTestId('action-return')).toBeNull();

    const docs = within(screen.getByTestId('dossier-documents')).getAllByRole('button');
    expect(docs.map((b) => b.getAttribute('data-testid'))).toEqual([
      'document-mau-01',
      'document-mau-02',
      'document-mau-06',
    ]);
  });

  it("names each step with the server's Vietnamese label and shows an imported step's original time and when it was recorded", async () => {
    const imported: DossierView = {
      ...view,
      status: 'RETURNED',
      history: [
        {
          at: '2026-12-05T09:15:00+07:00',
          recordedAt: '2026-12-05T09:15:00+07:00',
          actor: 'legacy',
          action: 'import',
          label: 'Chuyển từ hệ thống cũ',
          fromStatus: 'RETURNED',
          toStatus: 'RETURNED',
          note: 'nhập từ hệ thống legacy',
        },
        {
          at: '2025-03-13T14:00:00+07:00',
          recordedAt: '2026-12-05T09:15:00+07:00',
          actor: 'legacy',
          action: 'return',
          label: 'Trả kết quả',
          fromStatus: 'RESOLVED',
          toStatus: 'RETURNED',
        },
        {
          at: '2025-03-10T09:00:00+07:00',
          recordedAt: '2026-12-05T09:15:00+07:00',
          actor: 'legacy',
          action: 'receive',
          label: 'Tiếp nhận hồ sơ',
          fromStatus: null,
          toStatus: 'RECEIVED',
        },
        {
          at: '2025-03-12T10:30:00+07:00',
          recordedAt: '2026-12-05T09:15:00+07:00',
          actor: 'legacy',
          action: 'resolve',
          label: 'Hoàn thành giải quyết',
          fromStatus: 'RECEIVED',
          toStatus: 'RESOLVED',
        },
      ],
      allowedActions: [],
    };
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      [BASE]: () => json(imported),
    });
    render();
    const history = await screen.findByTestId('dossier-history');
    const entries = within(history).getAllByTestId('history-entry');
    expect(entries.map((e) => e.getAttribute('data-action'))).toEqual(['receive', 'resolve', 'return', 'import']);
    expect(
      within(history)
        .getAllByTestId('history-label')
        .map((e) => e.textContent),
    ).toEqual(['Tiếp nhận hồ sơ', 'Hoàn thành giải quyết', 'Trả kết quả', 'Chuyển từ hệ thống cũ']);
    expect(entries[0].textContent).toContain('10/03/2025 09:00');
    expect(entries[1].textContent).toContain('12/03/2025 10:30');
    expect(entries[2].textContent).toContain('13/03/2025 14:00');
    // the import time: as the recording time of the older system's steps and as the marker's own time
    expect(within(entries[0]).getByTestId('history-recorded').textContent).toContain(
      'ghi nhận vào hệ thống 05/12/2026 09:15',
    );
    expect(within(entries[3]).queryByTestId('history-recorded')).toBeNull();
    expect(entries[3].textContent).toContain('05/12/2026 09:15');
  });

  it('issues an apology with a new due date (Vietnam time) and then previews Mẫu 04 with the bearer token', async () => {
    const posted = routes({
      apology: (b) =>
        json({
          ...view,
          lateWithoutApology: false,
          extendedDueAt: '2026-03-10T16:00:00+07:00',
          effectiveDueAt: '2026-03-10T16:00:00+07:00',
          apology: {
            number: '01/PXL',
            ...(b as object),
            originalDueAt: view.dueAt,
            issuedAt: '2026-03-02T10:00:00+07:00',
            timely: false,
          },
          allowedActions: ['resolve'],
        }),
    });
    render();
    fireEvent.click(await screen.findByTestId('action-apology'));
    const form = await screen.findByTestId('action-form-apology');
    expect(within(form).getByTestId('apology-current-due').textContent).toContain('25/02/2026 08:00');
    // the deadline of a timely apology, from the server, before issuing (today is later: the letter will be late)
    expect(within(form).getByTestId('apology-timely-until').textContent).toBe(
      'Đã qua hạn gửi thư xin lỗi đúng hạn (hết ngày 24/02/2026): thư gửi bây giờ được ghi nhận là không đúng hạn.',
    );
    expect((within(form).getByTestId('action-signer') as HTMLInputElement).value).toBe('leader'); // the user's name by default

    // required fields are checked before sending
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(screen.getAllByText('Bắt buộc nhập')).toHaveLength(2));
    expect(posted).toHaveLength(0);

    fireEvent.change(within(form).getByTestId('action-reason'), { target: { value: 'Chờ kết quả xác minh' } });
    pickDate(within(form).getByTestId('action-new-due'), '10/03/2026 16:00');
    fireEvent.change(within(form).getByTestId('action-signer'), { target: { value: 'Trần Văn Lãnh' } });
    fireEvent.click(screen.getByTestId('action-submit'));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      action: 'apology',
      body: { reason: 'Chờ kết quả xác minh', newDueAt: '2026-03-10T16:00:00+07:00', signer: 'Trần Văn Lãnh' },
    });

    // the page shows the new state and opens the Mẫu 04 preview
    expect((await screen.findByTestId('dossier-extended-due')).textContent).toBe('10/03/2026 16:00');
    expect(within(screen.getByTestId('dossier-apology')).getByTestId('apology-new-due').textContent).toBe(
      '10/03/2026 16:00',
    );
    expect(screen.getByTestId('apology-timely').getAttribute('data-timely')).toBe('false');
    expect(screen.queryByTestId('dossier-late-without-apology')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('pdf-preview').getAttribute('data-state')).toBe('ready'));
    expect(screen.getByTestId('pdf-frame').getAttribute('src')).toBe('blob:mau');
    const docCall = fetchMock.mock.calls.find(([u]) => String(u) === `${BASE}/documents/mau-04`);
    expect(docCall).toBeTruthy();
    expect((docCall![1]?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
    expect(within(screen.getByTestId('dossier-documents')).getByTestId('document-mau-04')).toBeTruthy();
  });

  it('sends the supplement items one per line and the hand-over step with its receiver', async () => {
    const posted = routes({
      'request-supplement': () => json({ ...view, status: 'SUPPLEMENT_REQUESTED', statusCode: 5, allowedActions: [] }),
      handover: () => json(view),
    });
    render(['specialist']);
    fireEvent.click(await screen.findByTestId('action-handover'));
    const hand = await screen.findByTestId('action-form-handover');
    fireEvent.change(within(hand).getByTestId('action-step-name'), { target: { value: 'Trình lãnh đạo ký' } });
    fireEvent.change(within(hand).getByTestId('action-to-user'), { target: { value: 'leader' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ action: 'handover', body: { stepName: 'Trình lãnh đạo ký', toUser: 'leader' } });
    expect(await screen.findByText('Đã thực hiện: Bàn giao')).toBeTruthy();

    fireEvent.click(screen.getByTestId('action-request-supplement'));
    const sup = await screen.findByTestId('action-form-request-supplement');
    fireEvent.change(within(sup).getByTestId('action-items'), {
      target: { value: 'Giấy chứng sinh bản chính\nCCCD của mẹ' },
    });
    fireEvent.change(within(sup).getByTestId('action-reason'), { target: { value: 'Thiếu giấy tờ' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({
      action: 'request-supplement',
      body: { items: ['Giấy chứng sinh bản chính', 'CCCD của mẹ'], reason: 'Thiếu giấy tờ' },
    });
    expect((await screen.findByTestId('dossier-status')).textContent).toBe('Yêu cầu bổ sung giấy tờ');
    await waitFor(() =>
      expect(screen.getByTestId('dossier-actions').textContent).toContain('Bạn không có thao tác nào'),
    );
  });

  it('shows a 409 problem as an alert in the action form and keeps it open', async () => {
    const posted = routes({
      resolve: () =>
        problem(409, 'Chuyển trạng thái không hợp lệ', { detail: 'Hồ sơ đang tạm dừng, không thể hoàn thành.' }),
    });
    render(['specialist']);
    fireEvent.click(await screen.findByTestId('action-resolve'));
    const form = await screen.findByTestId('action-form-resolve');
    fireEvent.change(within(form).getByTestId('action-note'), { target: { value: 'Đã ký giấy khai sinh' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(posted).toEqual([{ action: 'resolve', body: { note: 'Đã ký giấy khai sinh' } }]));
    const alert = await screen.findByTestId('action-conflict');
    expect(alert.textContent).toContain('Chuyển trạng thái không hợp lệ');
    expect(alert.textContent).toContain('Hồ sơ đang tạm dừng, không thể hoàn thành.');
    expect(screen.getByTestId('action-form-resolve')).toBeTruthy();
    expect(screen.getByTestId('dossier-status').textContent).toBe('Đang xử lý');
  });

  it('shows a not-found page for an unknown code', async () => {
    routeFetch(fetchMock, { [BASE]: () => problem(404, 'Không tìm thấy') });
    render();
    expect(await screen.findByTestId('dossier-not-found')).toBeTruthy();
  });
});

describe('TimelyApology (issue 17)', () => {
  it("shows the server's last day of a timely apology, and warns once it has passed", () => {
    const { rerender } = rtlRender(<TimelyApology until="2026-02-24" today="2026-02-20" />);
    expect(screen.getByTestId('apology-timely-until').textContent).toBe(
      'Thư xin lỗi gửi đến hết ngày 24/02/2026 là đúng hạn (chậm nhất 01 ngày làm việc trước ngày hẹn trả ban đầu).',
    );
    expect(screen.getByTestId('apology-timely-until').className).toContain('ant-alert-info');
    rerender(<TimelyApology until="2026-02-24" today="2026-02-24" />);
    expect(screen.getByTestId('apology-timely-until').textContent).toContain('hết ngày 24/02/2026 là đúng hạn');
    rerender(<TimelyApology until="2026-02-24" today="2026-02-25" />);
    expect(screen.getByTestId('apology-timely-until').textContent).toContain('Đã qua hạn');
    expect(screen.getByTestId('apology-timely-until').className).toContain('ant-alert-warning');
    rerender(<TimelyApology until={null} today="2026-02-25" />);
    expect(screen.queryByTestId('apology-timely-until')).toBeNull();
  });
});
