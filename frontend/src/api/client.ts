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
  /** Bearer token; omitted for anonymous calls. */
  token?: string | null;
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

async function toApiError(res: Response): Promise<ApiError> {
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
 * Calls the CCHC API on the same origin (`/api/v1/...`). Adds `Authorization: Bearer` when a
 * token is given, sends/accepts JSON (or a raw body, see {@link ApiRequest.rawBody}), and throws {@link ApiError} for non-2xx answers
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
  if (req.token) headers.Authorization = `Bearer ${req.token}`;
  let body: BodyInit | undefined;
  if (req.rawBody !== undefined) {
    if (req.contentType) headers['Content-Type'] = req.contentType;
    body = req.rawBody;
  } else if (req.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(req.body);
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, req.query), {
      method: req.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: req.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', e instanceof Error ? e.message : String(e));
  }
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
  if (req.token) headers.Authorization = `Bearer ${req.token}`;
  let res: Response;
  try {
    res = await fetch(withQuery(path, req.query), {
      method: req.method ?? 'GET',
      headers,
      signal: req.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', e instanceof Error ? e.message : String(e));
  }
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
