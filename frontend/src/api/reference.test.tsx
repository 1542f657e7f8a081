import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthContext } from '../auth/authContext';
import { MemoryRouter } from 'react-router';
import { App as AntApp } from 'antd';
import i18n from '../i18n';
import { AccessTokenBridge } from '../auth/AccessTokenBridge';
import { ProcedureSearch } from '../components/ProcedureSearch';
import { RetryNotice } from '../components/RetryNotice';
import { json, loggedIn, problem, routeFetch } from '../test/render';
import { setSessionToken } from './client';
import { useFields, useUnits } from './hooks';

const fetchMock = vi.fn<typeof fetch>();
const units = {
  items: [{ code: 'H99.SNV', name: 'Sở Nội vụ', kind: 'AGENCY' }],
  page: 0,
  size: 100,
  total: 1,
};
const fields = [{ field: 'Hộ tịch', count: 12 }];
const procedures = {
  items: [
    {
      code: '1.001193.000.00.00.H99',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
      state: 'IN_FORCE',
      version: 1,
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

const callsTo = (prefix: string) => fetchMock.mock.calls.filter((c) => String(c[0]).startsWith(prefix));
const authHeader = (call: Parameters<typeof fetch>) => new Headers(call[1]?.headers).get('authorization');

function Reference({ name }: { name: string }) {
  const f = useFields();
  const u = useUnits();
  return (
    <p data-testid={name}>
      {f.data?.length ?? '-'}/{u.data?.length ?? '-'}
    </p>
  );
}

/** The app's providers: a fresh QueryClient is a fresh page load; the bridge hands the session to the client. */
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function app(ui: ReactNode, { client = newClient(), signedIn = false } = {}) {
  const tree = (
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter initialEntries={['/thu-tuc']}>
          <AccessTokenBridge />
          {ui}
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>
  );
  return signedIn ? (
    <AuthContext.Provider value={loggedIn('officer', ['officer'], 'H99.X01')}>{tree}</AuthContext.Provider>
  ) : (
    tree
  );
}

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
  routeFetch(fetchMock, {
    '/api/v1/procedures?': () => json(procedures),
    '/api/v1/procedures/fields': () => json(fields),
    '/api/v1/procedures/units': () => json(units),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSessionToken(undefined, false);
});

describe('reference data', () => {
  it('is asked for with the bearer token when signed in (not from the anonymous bucket)', async () => {
    render(app(<ProcedureSearch />, { signedIn: true }));
    await screen.findByText('Đăng ký khai sinh');
    await waitFor(() => expect(callsTo('/api/v1/procedures/units')).toHaveLength(1));
    for (const prefix of ['/api/v1/procedures/fields', '/api/v1/procedures/units', '/api/v1/procedures?']) {
      const calls = callsTo(prefix);
      expect(calls.length, prefix).toBeGreaterThan(0);
      for (const c of calls) expect(authHeader(c), String(c[0])).toMatch(/^Bearer ey/);
    }
  });

  it('goes without a token for an anonymous visitor', async () => {
    render(app(<ProcedureSearch />));
    await screen.findByText('Đăng ký khai sinh');
    await waitFor(() => expect(callsTo('/api/v1/procedures/units')).toHaveLength(1));
    for (const c of fetchMock.mock.calls) expect(authHeader(c), String(c[0])).toBeNull();
  });

  it('is fetched once per session: shared by every page, and not again after a full page load', async () => {
    const client = newClient();
    const first = render(
      app(
        <>
          <Reference name="a" />
          <Reference name="b" />
        </>,
        { client, signedIn: true },
      ),
    );
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('1/1'));
    expect(screen.getByTestId('b').textContent).toBe('1/1');
    first.unmount();

    // another page of the same app, long after the old default staleness
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const second = render(app(<Reference name="c" />, { client, signedIn: true }));
    expect(screen.getByTestId('c').textContent).toBe('1/1');
    second.unmount();
    vi.useRealTimers();

    // a full page load (a new QueryClient) in the same tab reads them from the session
    render(app(<Reference name="d" />, { signedIn: true }));
    expect(screen.getByTestId('d').textContent).toBe('1/1');
    await new Promise((r) => setTimeout(r, 50));
    expect(callsTo('/api/v1/procedures/fields')).toHaveLength(1);
    expect(callsTo('/api/v1/procedures/units')).toHaveLength(1);
  });
});

describe('429 in front of the user', () => {
  it('shows a Vietnamese message while waiting for Retry-After, then the data', async () => {
    let searches = 0;
    routeFetch(fetchMock, {
      // the first search answers 429 naming a one-second wait
      '/api/v1/procedures?': () =>
        ++searches === 1
          ? new Response(JSON.stringify({ title: 'Too Many Requests', status: 429 }), {
              status: 429,
              headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
            })
          : json(procedures),
      '/api/v1/procedures/fields': () => json(fields),
      '/api/v1/procedures/units': () => json(units),
    });
    render(
      app(
        <>
          <RetryNotice />
          <ProcedureSearch />
        </>,
      ),
    );
    expect((await screen.findByTestId('retry-notice')).textContent).toMatch(/sẽ tự thử lại sau 1 giây/);
    await screen.findByText('Đăng ký khai sinh', {}, { timeout: 4_000 });
    expect(screen.queryByTestId('retry-notice')).toBeNull();
    expect(searches).toBe(2);
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('when it still fails: a Vietnamese error instead of a false "no procedures" and no server English', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures?': () => problem(429, 'Too Many Requests', { detail: 'Rate limit exceeded' }),
      '/api/v1/procedures/fields': () => json(fields),
      '/api/v1/procedures/units': () => json(units),
    });
    render(app(<ProcedureSearch />));
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Hệ thống đang nhận quá nhiều yêu cầu');
    expect(document.body.textContent).not.toMatch(/Too Many Requests|Rate limit/i);
    expect(screen.queryByText('Không có thủ tục nào')).toBeNull();
    expect(screen.queryByTestId('procedure-table')).toBeNull();
  });

  it('a failed reference list is an error, not an empty filter', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures?': () => json(procedures),
      '/api/v1/procedures/fields': () =>
        new Response(JSON.stringify({ title: 'Service Unavailable', status: 503 }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        }),
      '/api/v1/procedures/units': () => json(units),
    });
    render(app(<ProcedureSearch />));
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Dịch vụ tạm thời gián đoạn');
    expect(alert.textContent).not.toContain('Service Unavailable');
  });
});
