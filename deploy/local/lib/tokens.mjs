// Access tokens from the local Keycloak realm `cchc` for the project's Node tools (ops-e2e, scale-test, benches):
// a demo user by the password grant of `cchc-web`, or the integration client by client credentials. Each token is
// cached until 30 s before it expires. Local realm only (deploy/local/realm/cchc-realm.json).
const KEYCLOAK = process.env.CCHC_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo';
const cache = new Map();

async function fetchToken(key, form) {
  const cached = cache.get(key);
  if (cached && cached.until > Date.now() + 30_000) return cached.value;
  const res = await fetch(`${KEYCLOAK}/realms/cchc/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  if (!res.ok) throw new Error(`token for ${key}: ${res.status} ${await res.text()}`);
  const body = await res.json();
  cache.set(key, { value: body.access_token, until: Date.now() + body.expires_in * 1000 });
  return body.access_token;
}

/** A demo user's access token (password grant of the SPA's client `cchc-web`). */
export function userToken(username) {
  return fetchToken(`user:${username}`, { grant_type: 'password', client_id: 'cchc-web', username, password: PASSWORD });
}

/** The provincial integration client's access token (client credentials of `cchc-integration`). */
export function integrationToken() {
  return fetchToken('client:cchc-integration', {
    grant_type: 'client_credentials',
    client_id: 'cchc-integration',
    client_secret: process.env.CCHC_INTEGRATION_SECRET ?? 'cchc-integration-local-secret',
  });
}
