import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { ApiError, apiBlob, apiFetch, headerSafeFileName, withQuery } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('withQuery', () => {
  it('skips empty parameters and encodes values', () => {
    expect(withQuery('/api/v1/procedures', { q: '', page: 0, size: 20 })).toBe('/api/v1/procedures?page=0&size=20');
    expect(withQuery('/x', { q: 'khai sinh' })).toBe('/x?q=khai+sinh');
    expect(withQuery('/x')).toBe('/x');
  });
});

describe('apiFetch', () => {
  it('asks for problems in the UI language (Accept-Language; docs/adr/0015-server-languages.md)', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    await i18n.changeLanguage('en');
    await apiFetch('/api/v1/x');
    await i18n.changeLanguage('vi');
    await apiFetch('/api/v1/x');
    const sent = fetchMock.mock.calls.map(
      (c) => ((c as unknown as [string, RequestInit])[1].headers as Record<string, string>)['Accept-Language'],
    );
    expect(sent).toEqual(['en', 'vi']);
  });

  it('sends the bearer token and parses JSON', async () => {
    const fetchMock = vi.fn(
      async () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }),
    );
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
            JSON.stringify({
              type: 'about:blank',
              title: 'Không có quyền',
              status: 403,
              detail: 'Thiếu vai trò officer',
            }),
            { status: 403, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    const err = await apiFetch('/api/v1/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, title: 'Không có quyền', detail: 'Thiếu vai trò officer' });
  });

  it('copes with non-JSON errors and network failures', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })),
    );
    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 0, detail: 'Failed to fetch' });
  });
});

describe('apiFetch with a raw body', () => {
  it('sends the file as it is, with its content type and extra headers, as POST', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('{"id":7,"status":"RUNNING"}', { status: 202, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = new File(['Mã TTHC,Tên TTHC\n1.1,Thủ tục A\n'], 'thu-tuc.csv', { type: 'text/csv' });
    const job = await apiFetch('/api/v1/procedures/imports', {
      token: 't0k',
      rawBody: file,
      contentType: 'text/csv',
      headers: { 'X-File-Name': 'thu-tuc.csv' },
    });
    expect(job).toEqual({ id: 7, status: 'RUNNING' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/procedures/imports');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file); // not JSON-encoded
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('text/csv');
    expect(headers['X-File-Name']).toBe('thu-tuc.csv');
    expect(headers.Authorization).toBe('Bearer t0k');
    expect(headers.Accept).toContain('application/problem+json');
  });

  it('prefers rawBody over body and leaves Content-Type to the browser when none is given', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/x', { method: 'PUT', rawBody: 'a,b\n1,2', body: { ignored: true } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('a,b\n1,2');
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('still JSON-encodes a plain body', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/x', { body: { name: 'Hộ tịch' } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{"name":"Hộ tịch"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });
});

describe('headerSafeFileName', () => {
  it('percent-encodes names so that any of them fits a header and decodes back', () => {
    expect(headerSafeFileName('thu-tuc_2026.csv')).toBe('thu-tuc_2026.csv');
    expect(headerSafeFileName('a+b c.csv')).toBe('a%2Bb%20c.csv');
    expect(headerSafeFileName('Thủ tục.csv')).toBe('Th%E1%BB%A7%20t%E1%BB%A5c.csv');
    expect(decodeURIComponent(headerSafeFileName('Thủ tục.csv'))).toBe('Thủ tục.csv');
  });
});

describe('apiBlob', () => {
  it('answers the body as a blob, with the bearer token and the wanted type', async () => {
    const fetchMock = vi.fn(
      async () => new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const blob = await apiBlob('/api/v1/dossiers/X/documents/mau-01', {
      token: 'abc',
      accept: 'application/pdf',
      query: { v: 1 },
    });
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(4);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/dossiers/X/documents/mau-01?v=1');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc');
    expect((init.headers as Record<string, string>).Accept).toBe('application/pdf, application/problem+json');
  });

  it('turns a problem answer into an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ title: 'Không có quyền', status: 403 }), {
            status: 403,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    );
    const err = await apiBlob('/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(403);
    expect((err as ApiError).title).toBe('Không có quyền');
  });
});
