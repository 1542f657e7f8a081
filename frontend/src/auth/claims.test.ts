import { describe, expect, it } from 'vitest';
import { appRolesFrom, base64UrlDecode, decodeJwtPayload, userInfoFrom } from './claims';

/** Encodes like a JWT does: UTF-8 JSON → base64url without padding. */
function b64url(obj: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function jwt(payload: unknown): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.c2lnbmF0dXJl`;
}

describe('token claims', () => {
  it('decodes Vietnamese names as UTF-8 (not Latin-1)', () => {
    const token = jwt({ name: 'Nguyễn Văn Án', given_name: 'Văn Án', family_name: 'Nguyễn' });
    const claims = decodeJwtPayload(token);
    expect(claims?.name).toBe('Nguyễn Văn Án');
    expect(claims?.family_name).toBe('Nguyễn');
  });

  it('handles base64url characters and missing padding', () => {
    // '??>' encodes to 'Pz8-' in base64url ('Pz8+' in base64), 'ả' needs padding
    expect(base64UrlDecode('Pz8-')).toBe('??>');
    expect(base64UrlDecode(b64url('ả').replace(/=+$/, ''))).toBe('"ả"');
  });

  it('returns undefined for garbage', () => {
    expect(decodeJwtPayload(undefined)).toBeUndefined();
    expect(decodeJwtPayload('')).toBeUndefined();
    expect(decodeJwtPayload('abc')).toBeUndefined();
    expect(decodeJwtPayload('a.%%%.c')).toBeUndefined();
    expect(decodeJwtPayload(`x.${b64url([1, 2])}.y`)).toBeUndefined();
  });

  it('filters realm roles to the application roles', () => {
    const claims = {
      realm_access: {
        roles: ['offline_access', 'uma_authorization', 'officer', 'default-roles-cchc', 'leader'],
      },
    };
    expect(appRolesFrom(claims)).toEqual(['officer', 'leader']);
    expect(appRolesFrom({})).toEqual([]);
    expect(appRolesFrom({ realm_access: { roles: 'officer' } })).toEqual([]);
  });

  it('builds the user from the access token (roles, unit) and the profile (name)', () => {
    const access = jwt({
      preferred_username: 'officer',
      name: 'Nguyễn Văn Án',
      unit_code: 'H99.X01',
      realm_access: { roles: ['officer', 'offline_access'] },
    });
    expect(userInfoFrom(access)).toEqual({
      name: 'Nguyễn Văn Án',
      username: 'officer',
      roles: ['officer'],
      unit: 'H99.X01',
    });
    // profile (ID token) name wins; unit only in the profile still shows
    const bare = jwt({ realm_access: { roles: ['catalogue-admin'] } });
    expect(userInfoFrom(bare, { name: 'Trần Thị Bích', preferred_username: 'catalogue', unit_code: ['H99'] })).toEqual({
      name: 'Trần Thị Bích',
      username: 'catalogue',
      roles: ['catalogue-admin'],
      unit: 'H99',
    });
  });

  it('shows the Vietnamese name order, family name first, whatever order Keycloak built `name` in', () => {
    const access = jwt({
      preferred_username: 'officer',
      name: 'Văn An Nguyễn',
      given_name: 'Văn An',
      family_name: 'Nguyễn',
      realm_access: { roles: ['officer'] },
    });
    expect(userInfoFrom(access).name).toBe('Nguyễn Văn An');
  });

  it('falls back to preferred_username when there is no name', () => {
    const access = jwt({ preferred_username: 'inspector', realm_access: { roles: ['inspector'] } });
    expect(userInfoFrom(access).name).toBe('inspector');
    expect(userInfoFrom(undefined)).toEqual({ name: '', username: undefined, roles: [], unit: undefined });
  });
});
