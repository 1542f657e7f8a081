/**
 * Application configuration.
 *
 * Precedence (last wins):
 *  1. built-in defaults (local stack: Keycloak on 127.0.0.1:8180, realm `cchc`, client `cchc-web`)
 *  2. build-time env: VITE_OIDC_AUTHORITY, VITE_OIDC_CLIENT_ID
 *  3. optional runtime file `/config.json` served next to index.html:
 *     { "oidcAuthority": "...", "oidcClientId": "..." }
 */
export interface AppConfig {
  oidcAuthority: string;
  oidcClientId: string;
}

export const DEFAULT_OIDC_AUTHORITY = 'http://127.0.0.1:8180/realms/cchc';
export const DEFAULT_OIDC_CLIENT_ID = 'cchc-web';

export function buildTimeConfig(): AppConfig {
  return {
    oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY || DEFAULT_OIDC_AUTHORITY,
    oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID || DEFAULT_OIDC_CLIENT_ID,
  };
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Merge a parsed `/config.json` over a base config, ignoring anything that is not a non-empty string. */
export function mergeConfig(base: AppConfig, raw: unknown): AppConfig {
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  return {
    oidcAuthority: nonEmptyString(r.oidcAuthority) ?? base.oidcAuthority,
    oidcClientId: nonEmptyString(r.oidcClientId) ?? base.oidcClientId,
  };
}

/**
 * Loads the optional runtime `/config.json`. Any failure (404, an HTML SPA fallback, bad JSON,
 * network error, timeout) falls back to the build-time configuration.
 */
export async function loadConfig(): Promise<AppConfig> {
  const base = buildTimeConfig();
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), 2000);
  try {
    const res = await fetch('/config.json', {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      signal: ctrl.signal,
    });
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !type.includes('json')) return base;
    return mergeConfig(base, await res.json());
  } catch {
    return base;
  } finally {
    clearTimeout(timer);
  }
}
