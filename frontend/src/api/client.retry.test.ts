import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  MAX_RETRY_AFTER_S,
  apiBlob,
  apiFetch,
  currentRetryWait,
  retryAfterSeconds,
  setSessionToken,
} from './client';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, headers: Record<string, string> = {}, body: unknown = { ok: true }): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}
const tooMany = (retryAfter?: string) =>
  answer(429, retryAfter === undefined ? {} : { 'retry-after': retryAfter }, {
    type: 'about:blank',
    title: 'Too Many Requests',
    status: 429,
  });

const authOf = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers).get('authorization');

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setSessionToken(undefined, false);
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
    const now = Date.parse('2026-12-06T10:00:00Z');
    expect(retryAfterSeconds('Sun, 06 Dec 2026 10:00:05 GMT', now)).toBe(5);
  });

  it('waits the seconds a 429 gives, then retries a GET once and answers its result', async () => {
    vi.useFakeTimers();
    fetchMock.mockResolvedValueOnce(tooMany('3')).mockResolvedValueOnce(answer(200, {}, [{ field: 'Hộ tịch' }]));
    const result = apiFetch<unknown[]>('/api/v1/procedures/fields');
    await vi.advanceTimersByTimeAsync(2_900);
    expect(fetchMock).toHaveBeenCalledTimes(1); // still waiting
    expect(currentRetryWait()).toEqual({ count: 1, seconds: 3 });
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toEqual([{ field: 'Hộ tịch' }]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(currentRetryWait()).toBeNull();
  });

  it('honours a 503 with Retry-After for blobs too', async () => {
    vi.useFakeTimers();
    fetchMock
      .mockResolvedValueOnce(answer(503, { 'retry-after': '1' }, { title: 'Service Unavailable', status: 503 }))
      .mockResolvedValueOnce(new Response('pdf', { status: 200 }));
    const result = apiBlob('/api/v1/dossiers/X/receipt.pdf');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result.then((b) => b.text())).resolves.toBe('pdf');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('retries only once: a second 429 is an ApiError carrying the wait', async () => {
    vi.useFakeTimers();
    fetchMock.mockResolvedValueOnce(tooMany('1')).mockResolvedValueOnce(tooMany('4'));
    const result = apiFetch('/api/v1/procedures/units').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const err = (await result) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(429);
    expect(err.retryAfter).toBe(4);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not retry a POST, a 429 without Retry-After, nor a wait beyond the bound', async () => {
    fetchMock.mockResolvedValue(tooMany('2'));
    await expect(apiFetch('/api/v1/dossiers', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockReset();
    fetchMock.mockResolvedValue(tooMany());
    await expect(apiFetch('/api/v1/procedures')).rejects.toMatchObject({ status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockReset();
    fetchMock.mockResolvedValue(tooMany(String(MAX_RETRY_AFTER_S + 1)));
    await expect(apiFetch('/api/v1/procedures')).rejects.toMatchObject({
      status: 429,
      retryAfter: MAX_RETRY_AFTER_S + 1,
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the call is aborted', async () => {
    vi.useFakeTimers();
    fetchMock.mockResolvedValue(tooMany('10'));
    const ctl = new AbortController();
    const result = apiFetch('/api/v1/procedures', { signal: ctl.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    ctl.abort();
    expect(((await result) as DOMException).name).toBe('AbortError');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(currentRetryWait()).toBeNull();
  });
});

describe('the session token on every call', () => {
  it('sends the signed-in user token on calls that give none, and none when anonymous', async () => {
    fetchMock.mockImplementation(async () => answer(200));
    await apiFetch('/api/v1/procedures/fields');
    expect(authOf(0)).toBeNull();

    setSessionToken('tok-1');
    await apiFetch('/api/v1/procedures/fields');
    await apiBlob('/api/v1/procedures/imports/template.csv');
    await apiFetch('/api/v1/procedures/units', { token: 'explicit' });
    await apiFetch('/api/v1/procedures/fields', { anonymous: true });
    expect(authOf(1)).toBe('Bearer tok-1');
    expect(authOf(2)).toBe('Bearer tok-1');
    expect(authOf(3)).toBe('Bearer explicit');
    expect(authOf(4)).toBeNull();
  });

  it('waits for a session being restored instead of calling anonymously', async () => {
    fetchMock.mockImplementation(async () => answer(200));
    setSessionToken(undefined, true);
    const result = apiFetch('/api/v1/procedures/units');
    await Promise.resolve();
    expect(fetchMock).not.toHaveBeenCalled();
    setSessionToken('restored', false);
    await result;
    expect(authOf(0)).toBe('Bearer restored');
  });
});
