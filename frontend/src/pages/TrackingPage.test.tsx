import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import type { TrackingView } from '../api/dossierTypes';
import { json, loggedIn, problem, renderPage, routeFetch } from '../test/render';
import TrackingPage, { trackingErrorKind } from './TrackingPage';
import { ApiError } from '../api/client';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const CODE = 'H99.X01-260220-0001';
const tracked: TrackingView = {
  code: CODE,
  procedureName: 'Đăng ký khai sinh',
  status: 'RETURNED',
  statusCode: 10,
  receivedAt: '2026-02-20T08:00:00+07:00',
  dueAt: '2026-02-25T08:00:00+07:00',
  effectiveDueAt: '2026-03-10T16:00:00+07:00',
  resolvedAt: '2026-03-05T10:00:00+07:00',
  returnedAt: '2026-03-06T09:00:00+07:00',
  history: [
    { at: '2026-03-06T09:00:00+07:00', status: 'RETURNED' },
    { at: '2026-02-20T08:00:00+07:00', status: 'RECEIVED' },
    { at: '2026-03-05T10:00:00+07:00', status: 'RESOLVED' },
  ],
};

async function lookUp(code: string, phone: string) {
  fireEvent.change(await screen.findByTestId('tracking-code'), { target: { value: code } });
  fireEvent.change(screen.getByTestId('tracking-phone'), { target: { value: phone } });
  fireEvent.click(screen.getByTestId('tracking-submit'));
}

describe('TrackingPage', () => {
  it('looks a dossier up anonymously by code and the last 4 phone digits and shows status, dates and history', async () => {
    routeFetch(fetchMock, { [`/api/v1/dossiers/tracking/${CODE}`]: () => json(tracked) });
    // even when logged in, the public call carries no token
    renderPage(<TrackingPage />, { path: '/tra-cuu', auth: loggedIn('officer', ['officer'], 'H99.X01') });
    await lookUp(`  ${CODE} `, '5678');

    const result = await screen.findByTestId('tracking-result');
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe(`/api/v1/dossiers/tracking/${CODE}?phone=5678`);
    expect((init?.headers as Record<string, string>).Authorization).toBeUndefined();

    expect(within(result).getByTestId('tracking-status').textContent).toBe('Đã trả kết quả');
    expect(within(result).getByTestId('tracking-due').textContent).toBe('10/03/2026 16:00');
    expect(within(result).getByText('25/02/2026 08:00')).toBeTruthy(); // original date shown too
    expect(
      within(result)
        .getAllByTestId('tracking-history-entry')
        .map((e) => e.textContent),
    ).toEqual([
      '20/02/2026 08:00 — Được tiếp nhận',
      '05/03/2026 10:00 — Đã xử lý xong',
      '06/03/2026 09:00 — Đã trả kết quả',
    ]);
    expect(within(result).getByTestId('tracking-rate').getAttribute('href')).toBe(`/danh-gia/${CODE}`);
  });

  it("shows each step under the server's Vietnamese name at its original time, an import as the recording marker", async () => {
    // a dossier moved from an older system on 05/12/2026: received 10/03/2025, resolved 12/03, returned 13/03
    const imported: TrackingView = {
      ...tracked,
      receivedAt: '2025-03-10T09:00:00+07:00',
      resolvedAt: '2025-03-12T10:30:00+07:00',
      returnedAt: '2025-03-13T14:00:00+07:00',
      history: [
        { at: '2026-12-05T09:15:00+07:00', status: 'RETURNED', action: 'import', label: 'Chuyển từ hệ thống cũ' },
        { at: '2025-03-12T10:30:00+07:00', status: 'RESOLVED', action: 'resolve', label: 'Hoàn thành giải quyết' },
        { at: '2025-03-10T09:00:00+07:00', status: 'RECEIVED', action: 'receive', label: 'Tiếp nhận hồ sơ' },
        { at: '2025-03-13T14:00:00+07:00', status: 'RETURNED', action: 'return', label: 'Trả kết quả' },
      ],
    };
    routeFetch(fetchMock, { [`/api/v1/dossiers/tracking/${CODE}`]: () => json(imported) });
    renderPage(<TrackingPage />, { path: '/tra-cuu' });
    await lookUp(CODE, '5678');
    const result = await screen.findByTestId('tracking-result');
    const entries = within(result).getAllByTestId('tracking-history-entry');
    expect(entries.map((e) => e.textContent)).toEqual([
      '10/03/2025 09:00 — Tiếp nhận hồ sơ (Được tiếp nhận)',
      '12/03/2025 10:30 — Hoàn thành giải quyết (Đã xử lý xong)',
      '13/03/2025 14:00 — Trả kết quả (Đã trả kết quả)',
      '05/12/2026 09:15 — Chuyển từ hệ thống cũ (Đã trả kết quả)',
    ]);
    expect(entries.map((e) => e.getAttribute('data-action'))).toEqual(['receive', 'resolve', 'return', 'import']);
    // no code is shown to people
    expect(result.textContent).not.toMatch(/\b(receive|resolve|return|import)\b/);
  });

  it('checks the phone digits before calling', async () => {
    renderPage(<TrackingPage />, { path: '/tra-cuu' });
    await lookUp(CODE, '56a8');
    expect(await screen.findByText('Nhập đúng 4 chữ số')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says "not found" on 404 and "try later" on 429', async () => {
    let status = 404;
    routeFetch(fetchMock, {
      '/api/v1/dossiers/tracking/': () =>
        status === 404 ? problem(404, 'Not Found') : problem(429, 'Too Many Requests'),
    });
    renderPage(<TrackingPage />, { path: `/tra-cuu?ma=${CODE}` });
    expect(((await screen.findByTestId('tracking-code')) as HTMLInputElement).value).toBe(CODE); // from ?ma=
    fireEvent.change(screen.getByTestId('tracking-phone'), { target: { value: '0000' } });
    fireEvent.click(screen.getByTestId('tracking-submit'));
    expect((await screen.findByTestId('tracking-not-found')).textContent).toContain('Không tìm thấy hồ sơ');
    expect(screen.queryByTestId('tracking-result')).toBeNull();

    status = 429;
    fireEvent.click(screen.getByTestId('tracking-submit'));
    expect((await screen.findByTestId('tracking-too-many')).textContent).toContain('Vui lòng thử lại sau');
    await waitFor(() => expect(screen.queryByTestId('tracking-not-found')).toBeNull());
  });

  it('classifies errors', () => {
    expect(trackingErrorKind(new ApiError(404, 'x'))).toBe('notFound');
    expect(trackingErrorKind(new ApiError(429, 'x'))).toBe('tooMany');
    expect(trackingErrorKind(new ApiError(500, 'x'))).toBe('other');
    expect(trackingErrorKind(new Error('x'))).toBe('other');
  });

  it("shows a signed-in citizen's own dossier at once, with her token and no phone digits (?cua-toi=1)", async () => {
    routeFetch(fetchMock, { [`/api/v1/dossiers/mine/${CODE}`]: () => json(tracked) });
    renderPage(<TrackingPage />, {
      path: `/tra-cuu?ma=${CODE}&cua-toi=1`,
      auth: loggedIn('citizen', ['citizen'], undefined),
    });
    expect((await screen.findByTestId('tracking-result-code')).textContent).toBe(CODE);
    expect(screen.queryByTestId('tracking-phone')).toBeNull();
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe(`/api/v1/dossiers/mine/${CODE}`);
    expect((init?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
    expect(screen.getByTestId('tracking-rate').closest('a')?.getAttribute('href')).toBe(`/danh-gia/${CODE}?cua-toi=1`);
  });

  it('does not offer "Đánh giá" for a dossier already rated, and says why (issue 17)', async () => {
    routeFetch(fetchMock, { [`/api/v1/dossiers/mine/${CODE}`]: () => json({ ...tracked, rated: true }) });
    renderPage(<TrackingPage />, {
      path: `/tra-cuu?ma=${CODE}&cua-toi=1`,
      auth: loggedIn('citizen', ['citizen'], undefined),
    });
    const rated = await screen.findByTestId('tracking-rated');
    expect(rated.textContent).toContain('Hồ sơ đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần');
    expect(screen.queryByTestId('tracking-rate')).toBeNull();
  });

  it('falls back to the public form for anyone who is not a signed-in citizen', async () => {
    renderPage(<TrackingPage />, {
      path: `/tra-cuu?ma=${CODE}&cua-toi=1`,
      auth: loggedIn('officer', ['officer'], 'H99.X01'),
    });
    expect(await screen.findByTestId('tracking-phone')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
