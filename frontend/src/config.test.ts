import { describe, expect, it } from 'vitest';
import { buildTimeConfig, DEFAULT_OIDC_AUTHORITY, DEFAULT_OIDC_CLIENT_ID, mergeConfig } from './config';
import { safeReturnPath } from './auth/session';

describe('config', () => {
  it('defaults to the local Keycloak realm and the cchc-web client', () => {
    expect(DEFAULT_OIDC_AUTHORITY).toBe('http://127.0.0.1:8180/realms/cchc');
    expect(buildTimeConfig()).toEqual({ oidcAuthority: DEFAULT_OIDC_AUTHORITY, oidcClientId: DEFAULT_OIDC_CLIENT_ID });
  });

  it('lets /config.json override only non-empty strings', () => {
    const base = buildTimeConfig();
    expect(mergeConfig(base, { oidcAuthority: 'https://sso.example.vn/realms/cchc' })).toEqual({
      oidcAuthority: 'https://sso.example.vn/realms/cchc',
      oidcClientId: 'cchc-web',
    });
    expect(mergeConfig(base, { oidcAuthority: '', oidcClientId: 42 })).toEqual(base);
    expect(mergeConfig(base, null)).toEqual(base);
    expect(mergeConfig(base, '<html>')).toEqual(base);
  });
});

describe('safeReturnPath', () => {
  it('accepts only same-app paths', () => {
    expect(safeReturnPath('/thu-tuc?q=khai+sinh')).toBe('/thu-tuc?q=khai+sinh');
    expect(safeReturnPath('//evil.example')).toBeUndefined();
    expect(safeReturnPath('https://evil.example/')).toBeUndefined();
    expect(safeReturnPath('/\\evil.example')).toBeUndefined();
    expect(safeReturnPath(undefined)).toBeUndefined();
  });
});
