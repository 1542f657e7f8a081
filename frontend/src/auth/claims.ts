/** Realm roles that mean something to the CCHC application (others, e.g. `offline_access`, are ignored). */
export const APP_ROLES = [
  'citizen',
  'officer',
  'specialist',
  'leader',
  'inspector',
  'appraiser',
  'catalogue-admin',
  'admin',
  'national-admin',
  'integration',
] as const;

export type AppRole = (typeof APP_ROLES)[number];

export interface UserInfo {
  /** Full name (`name`), falling back to `preferred_username`. */
  name: string;
  username?: string;
  /** Application realm roles, in the order of {@link APP_ROLES}. */
  roles: AppRole[];
  /** Administrative unit code (`unit_code`), e.g. `H99.X01`. */
  unit?: string;
}

export type Claims = Record<string, unknown>;

/** Decodes base64url (no padding required) into a UTF-8 string. */
export function base64UrlDecode(input: string): string {
  let b64 = input.replace(/-/g, '+').replace(/_/g, '/');
  const pad = b64.length % 4;
  if (pad === 1) throw new Error('Invalid base64url string');
  if (pad) b64 += '='.repeat(4 - pad);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Returns the payload of a JWT (without verifying it: the SPA only displays claims; the services
 * verify the token). Returns `undefined` for anything that is not a decodable JWT.
 */
export function decodeJwtPayload(token: string | undefined | null): Claims | undefined {
  if (!token) return undefined;
  const parts = token.split('.');
  if (parts.length < 2 || !parts[1]) return undefined;
  try {
    const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Claims) : undefined;
  } catch {
    return undefined;
  }
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  // multivalued user-attribute mappers produce arrays
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** Realm roles (`realm_access.roles`) filtered to {@link APP_ROLES}. */
export function appRolesFrom(claims: Claims | undefined): AppRole[] {
  const realmAccess = claims?.realm_access;
  const raw = realmAccess && typeof realmAccess === 'object' ? (realmAccess as { roles?: unknown }).roles : undefined;
  if (!Array.isArray(raw)) return [];
  const set = new Set(raw.filter((r): r is string => typeof r === 'string'));
  return APP_ROLES.filter((r) => set.has(r));
}

/**
 * Builds the displayed user from the access token (roles, unit) and, when available, the ID token
 * profile (name). Either source may lack a claim; the other one fills in.
 */
export function userInfoFrom(accessToken: string | undefined, profile?: Claims): UserInfo {
  const access = decodeJwtPayload(accessToken) ?? {};
  const p = profile ?? {};
  const username = str(p.preferred_username) ?? str(access.preferred_username);
  // Vietnamese order: family name first ("Nguyễn Văn An"); Keycloak's `name` is "given family".
  const family = str(p.family_name) ?? str(access.family_name);
  const given = str(p.given_name) ?? str(access.given_name);
  const name = family && given ? `${family} ${given}` : (str(p.name) ?? str(access.name) ?? username ?? '');
  return {
    name,
    username,
    roles: appRolesFrom(access),
    unit: str(access.unit_code) ?? str(p.unit_code),
  };
}
