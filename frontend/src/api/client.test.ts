import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, withQuery } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('withQuery', () => {
  it('skips empty parameters and encodes values', () => {
    expect(withQuery('/api/v1/procedures', { q: '', page: 0, size: 20 })).toBe('/api/v1/procedures?page=0&size=20');
    expect(withQuery('/x', { q: 'khai sinh' })).toBe('/x?q=khai+sinh');
    expect(withQuery('/x')).toBe('/x');
  });
});

describe('apiFetch', () => {
  it('sends the bearer token and parses JSON', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/v1/x', { token: 'abc' })).resolves.toEqual({ ok: true });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc');
    expect(init.method).toBe('GET');
  });

  it('turns problem+json into an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ type: 'about:blank', title: 'Không có quyền', status: 403, detail: 'Thiếu vai trò officer' }),
            { status: 403, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    const err = await apiFetch('/api/v1/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, title: 'Không có quyền', detail: 'Thiếu vai trò officer' });
  });

  it('copes with non-JSON errors and network failures', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 0, detail: 'Failed to fetch' });
  });
});
