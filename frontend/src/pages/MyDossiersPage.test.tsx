import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import type { TrackingView } from '../api/dossierTypes';
import { json, loggedIn, problem, renderPage, routeFetch } from '../test/render';
import { useDesktop, usePhone } from '../test/viewport';
import MyDossiersPage from './MyDossiersPage';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDesktop();
});

const mine: TrackingView[] = [
  {
    code: 'H99.X01-261120-0007',
    procedureName: 'Đăng ký khai sinh',
    status: 'PROCESSING',
    statusCode: 4,
    receivedAt: '2026-11-20T08:00:00+07:00',
    dueAt: '2026-11-24T08:00:00+07:00',
    effectiveDueAt: '2026-11-24T08:00:00+07:00',
    resolvedAt: null,
    returnedAt: null,
    history: [],
  },
  {
    code: 'H99.X02-261002-0003',
    procedureName: 'Cấp bản sao trích lục hộ tịch',
    status: 'RETURNED',
    statusCode: 10,
    receivedAt: '2026-10-02T09:00:00+07:00',
    dueAt: '2026-10-05T09:00:00+07:00',
    effectiveDueAt: '2026-10-09T16:00:00+07:00',
    resolvedAt: '2026-10-08T10:00:00+07:00',
    returnedAt: '2026-10-08T15:00:00+07:00',
    history: [],
  },
];

describe('MyDossiersPage', () => {
  it("lists the citizen's own dossiers with their token, links to tracking, and offers rating only for results", async () => {
    routeFetch(fetchMock, { '/api/v1/dossiers/mine': () => json(mine) });
    renderPage(<MyDossiersPage />, { path: '/ho-so-cua-toi', auth: loggedIn('citizen', ['citizen'], undefined) });

    const table = await screen.findByTestId('my-dossiers-table');
    expect((await within(table).findAllByTestId('my-dossier-code')).map((a) => a.textContent)).toEqual([
      'H99.X01-261120-0007',
      'H99.X02-261002-0003',
    ]);
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe('/api/v1/dossiers/mine?size=100');
    expect((init?.headers as Record<string, string>).Authorization).toMatch(/^Bearer /);
    expect(within(table).getAllByTestId('my-dossier-code')[0].getAttribute('href')).toBe(
      '/tra-cuu?ma=H99.X01-261120-0007&cua-toi=1',
    );
    expect(
      within(table)
        .getAllByTestId('my-dossier-status')
        .map((e) => e.textContent),
    ).toEqual(['Đang xử lý', 'Đã trả kết quả']);
    // the extended date is the one shown
    expect(within(table).getAllByTestId('my-dossier-due')[1].textContent).toBe('09/10/2026 16:00');
    const rate = within(table).getAllByTestId('my-dossier-rate');
    expect(rate).toHaveLength(1);
    expect(rate[0].getAttribute('href')).toBe('/danh-gia/H99.X02-261002-0003?cua-toi=1');
  });

  it('shows the reason when the account has no identification number', async () => {
    routeFetch(fetchMock, {
      '/api/v1/dossiers/mine': () => problem(403, 'Your account carries no personal identification number (id_number)'),
    });
    renderPage(<MyDossiersPage />, { path: '/ho-so-cua-toi', auth: loggedIn('citizen', ['citizen'], undefined) });
    expect(await screen.findByText(/id_number/)).toBeTruthy();
  });

  it('is for citizens only', async () => {
    renderPage(<MyDossiersPage />, { path: '/ho-so-cua-toi', auth: loggedIn('officer', ['officer'], 'H99.X01') });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('on a phone lists the dossiers as cards: code, procedure, status, dates and rating, no table', async () => {
    usePhone();
    routeFetch(fetchMock, { '/api/v1/dossiers/mine': () => json(mine) });
    renderPage(<MyDossiersPage />, { path: '/ho-so-cua-toi', auth: loggedIn('citizen', ['citizen'], undefined) });
    const list = await screen.findByTestId('my-dossiers-table');
    expect(list.getAttribute('data-layout')).toBe('cards');
    expect(document.querySelector('table')).toBeNull();
    const cards = await within(list).findAllByTestId('my-dossier-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByTestId('my-dossier-code').getAttribute('href')).toBe(
      '/tra-cuu?ma=H99.X01-261120-0007&cua-toi=1',
    );
    expect(cards[0].textContent).toContain('Đăng ký khai sinh');
    expect(within(cards[1]).getByTestId('my-dossier-status').textContent).toBe('Đã trả kết quả');
    expect(within(cards[1]).getByTestId('my-dossier-due').textContent).toBe('09/10/2026 16:00');
    expect(within(cards[0]).queryByTestId('my-dossier-rate')).toBeNull();
    const rate = within(cards[1]).getByTestId('my-dossier-rate');
    // one link styled as a button, not a button inside a link
    expect(rate.tagName).toBe('A');
    expect(rate.querySelector('button')).toBeNull();
    expect(rate.getAttribute('href')).toBe('/danh-gia/H99.X02-261002-0003?cua-toi=1');
  });
});

describe('MyDossiersPage and ratings (issue 17)', () => {
  it('shows "Đã đánh giá" with its explanation instead of "Đánh giá" for a dossier already rated', async () => {
    routeFetch(fetchMock, {
      '/api/v1/dossiers/mine': () =>
        json([
          { ...mine[1], rated: true },
          { ...mine[1], code: 'H99.X02-261002-0004' },
        ]),
    });
    renderPage(<MyDossiersPage />, { path: '/ho-so-cua-toi', auth: loggedIn('citizen', ['citizen'], undefined) });
    const table = await screen.findByTestId('my-dossiers-table');
    await within(table).findAllByTestId('my-dossier-code');
    const rows = within(table)
      .getAllByTestId('my-dossier-code')
      .map((a) => a.closest('tr') as HTMLElement);
    const rated = within(rows[0]).getByTestId('my-dossier-rated');
    expect(rated.textContent).toBe('Đã đánh giá');
    expect(rated.getAttribute('aria-label')).toBe('Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.');
    expect(within(rows[0]).queryByTestId('my-dossier-rate')).toBeNull();
    expect(within(rows[1]).getByTestId('my-dossier-rate')).toBeTruthy();
    expect(within(rows[1]).queryByTestId('my-dossier-rated')).toBeNull();
  });
});
