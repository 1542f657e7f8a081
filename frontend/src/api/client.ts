import i18n from 'i18next';
import type { ProblemDetail } from './types';

/** The UI language, sent as `Accept-Language`: problems come back in it (docs/adr/0015-server-languages.md). */
export function acceptLanguage(): string {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng?.startsWith('en') ? 'en' : 'vi';
}

/** An HTTP error from the API, carrying the RFC 9457 problem details when the server sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly problem?: ProblemDetail;
  /** Seconds the server asked to wait (`Retry-After` of a 429 or 503), when it said so. */
  retryAfter?: number;
  /** `Content-Language` of the problem (`vi`, `en`): the services answer in the UI language, the gateway may not. */
  language?: string;

  constructor(status: number, title: string, detail?: string, problem?: ProblemDetail) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = problem?.type;
    this.problem = problem;
  }
}

export interface ApiRequest {
  method?: string;
  /**
   * Bearer token. When omitted, the signed-in user's token is sent anyway (see {@link setSessionToken}); set
   * `anonymous` to send none.
   */
  token?: string | null;
  /** Send no token even when signed in. */
  anonymous?: boolean;
  /** JSON body. */
  body?: unknown;
  /**
   * A body sent as it is (a `File`, `Blob`, string…), e.g. an import file; takes precedence over
   * `body`. Its `Content-Type` is `contentType` (else the browser's default for the body).
   */
  rawBody?: BodyInit;
  contentType?: string;
  /** Extra request headers, e.g. `X-File-Name`. */
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
}

/** Builds `path?query`, leaving out empty parameters. */
export function withQuery(path: string, query?: ApiRequest['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.append(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

// ---- The signed-in user's token for every call (issue 17: staff must never draw on the anonymous rate-limit bucket) --

interface SessionToken {
  token?: string;
  /** The OIDC session is still being restored (e.g. from sessionStorage or the login callback). */
  loading: boolean;
}
let sessionToken: SessionToken = { loading: false };
let tokenWaiters: (() => void)[] = [];
/** Longest wait for the OIDC session to settle before a call goes out without a token. */
export const SESSION_WAIT_MS = 5_000;

/**
 * Tells the client the current session (set by `AccessTokenBridge` inside the OIDC provider). Every API call without
 * an explicit `token` then sends this one; calls made while the session is still loading wait for it (bounded), so a
 * signed-in user's reference-data calls are never anonymous.
 */
export function setSessionToken(token: string | undefined, loading = false): void {
  sessionToken = { token, loading };
  if (!loading) {
    const waiters = tokenWaiters;
    tokenWaiters = [];
    waiters.forEach((w) => w());
  }
}

async function currentToken(): Promise<string | undefined> {
  if (sessionToken.loading) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SESSION_WAIT_MS);
      tokenWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return sessionToken.token;
}

async function bearerFor(req: ApiRequest): Promise<string | undefined> {
  if (req.token) return req.token;
  if (req.anonymous) return undefined;
  return currentToken();
}

// ---- Retry-After: a 429 or 503 answer to an idempotent call is retried once after the wait the server gives --------

/** Longest `Retry-After` the client waits for before retrying; a longer one fails at once (with the wait in the error). */
export const MAX_RETRY_AFTER_S = 30;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `Retry-After` in seconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number.parseInt(v, 10);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** The calls waiting on a `Retry-After` right now (what `RetryNotice` shows). */
export interface RetryWait {
  /** Calls waiting. */
  count: number;
  /** Longest wait among them, in seconds. */
  seconds: number;
}
let waiting: { id: number; seconds: number }[] = [];
let waitSnapshot: RetryWait | null = null;
let nextWaitId = 1;
const waitListeners = new Set<() => void>();

function publishWaits() {
  waitSnapshot = waiting.length ? { count: waiting.length, seconds: Math.max(...waiting.map((w) => w.seconds)) } : null;
  waitListeners.forEach((l) => l());
}

export function subscribeRetryWaits(listener: () => void): () => void {
  waitListeners.add(listener);
  return () => waitListeners.delete(listener);
}

export function currentRetryWait(): RetryWait | null {
  return waitSnapshot;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function waitRetryAfter(seconds: number, signal?: AbortSignal): Promise<void> {
  const entry = { id: nextWaitId++, seconds };
  waiting = [...waiting, entry];
  publishWaits();
  try {
    await sleep(seconds * 1000, signal);
  } finally {
    waiting = waiting.filter((w) => w.id !== entry.id);
    publishWaits();
  }
}

/**
 * One HTTP exchange: network failures become ApiError status 0; a 429 or 503 with a `Retry-After` of at most
 * {@link MAX_RETRY_AFTER_S} seconds to an idempotent method is retried once after that wait.
 */
async function send(url: string, init: RequestInit & { method: string }, signal?: AbortSignal): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { ...init, signal, credentials: 'same-origin' });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, 'Network error', e instanceof Error ? e.message : String(e));
    }
    if ((res.status === 429 || res.status === 503) && attempt === 0 && IDEMPOTENT.has(init.method.toUpperCase())) {
      const wait = retryAfterSeconds(res.headers?.get?.('retry-after'));
      if (wait !== undefined && wait <= MAX_RETRY_AFTER_S) {
        await res.body?.cancel().catch(() => undefined);
        await waitRetryAfter(wait, signal);
        continue;
      }
    }
    return res;
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  const err = await problemOf(res);
  const wait = retryAfterSeconds(res.headers?.get?.('retry-after'));
  if (wait !== undefined) err.retryAfter = wait;
  const language = res.headers?.get?.('content-language');
  if (language) err.language = language.trim().toLowerCase();
  return err;
}

async function problemOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  const fallbackTitle = res.statusText || `HTTP ${res.status}`;
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as ProblemDetail;
      if (p && typeof p === 'object') {
        return new ApiError(
          typeof p.status === 'number' ? p.status : res.status,
          typeof p.title === 'string' && p.title ? p.title : fallbackTitle,
          typeof p.detail === 'string' ? p.detail : undefined,
          p,
        );
      }
    } catch {
      /* not JSON after all */
    }
  }
  return new ApiError(res.status, fallbackTitle);
}

/**
 * Calls the CCHC API on the same origin (`/api/v1/...`). Adds `Authorization: Bearer` with the given token or else
 * the signed-in user's ({@link setSessionToken}; none for anonymous visitors or `anonymous: true`), waits out a
 * `Retry-After` of a 429/503 to a GET once, sends/accepts JSON (or a raw body, see {@link ApiRequest.rawBody}), and throws {@link ApiError} for non-2xx answers
 * (problem+json parsed into status/title/detail). Network failures are thrown as ApiError status 0.
 */
export async function apiFetch<T>(path: string, req: ApiRequest = {}): Promise<T> {
  return (await apiFetchTagged<T>(path, req)).body;
}

/** A body with the `ETag` it came with (the revision a write must name in `If-Match`). */
export interface Tagged<T> {
  body: T;
  etag?: string;
}

/**
 * Like {@link apiFetch}, also answering the response's `ETag`: read a versioned resource with it and send the tag
 * back as `If-Match` when writing it (a stale tag → 412, none → 428; docs/adr/0013-concurrency-and-idempotency.md).
 */
export async function apiFetchTagged<T>(path: string, req: ApiRequest = {}): Promise<Tagged<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage(),
    ...req.headers,
  };
  const token = await bearerFor(req);
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (req.rawBody !== undefined) {
    if (req.contentType) headers['Content-Type'] = req.contentType;
    body = req.rawBody;
  } else if (req.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(req.body);
  }
  const res = await send(
    withQuery(path, req.query),
    { method: req.method ?? (body === undefined ? 'GET' : 'POST'), headers, body },
    req.signal,
  );
  if (!res.ok) throw await toApiError(res);
  const etag = res.headers?.get?.('etag') ?? undefined;
  if (res.status === 204) return { body: undefined as T, etag };
  const text = await res.text();
  return { body: (text ? JSON.parse(text) : undefined) as T, etag };
}

/**
 * Like {@link apiFetch} but answers the body as a `Blob` (PDF, XLSX…): bearer token, same error
 * handling (problem+json → {@link ApiError}).
 */
export async function apiBlob(
  path: string,
  req: Omit<ApiRequest, 'body' | 'rawBody' | 'contentType'> & { accept?: string } = {},
): Promise<Blob> {
  const headers: Record<string, string> = {
    Accept: `${req.accept ?? '*/*'}, application/problem+json`,
    'Accept-Language': acceptLanguage(),
    ...req.headers,
  };
  const token = await bearerFor(req);
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await send(withQuery(path, req.query), { method: req.method ?? 'GET', headers }, req.signal);
  if (!res.ok) throw await toApiError(res);
  return res.blob();
}

/**
 * A file name as an HTTP header value (`X-File-Name`): percent-encoded UTF-8 (`encodeURIComponent`),
 * since header values must be Latin-1 ("Thủ tục.csv" could not be sent as it is); the procedures
 * service URL-decodes it.
 */
export function headerSafeFileName(name: string): string {
  return encodeURIComponent(name);
}
