import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type APIResponse, type Locator, type Page } from '@playwright/test';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
export const REALM = 'cchc';
export const CLIENT_ID = 'cchc-web';
export const TOKEN_URL = `${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`;
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo';

/** Repository root (frontend/e2e → ../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `deploy/local/cchc <args>` from the repository root, echoing its output. */
export function cchc(args: string, timeoutMs = 180_000): void {
  execSync(`deploy/local/cchc ${args}`, { cwd: REPO_ROOT, stdio: 'inherit', timeout: timeoutMs });
}

/** Access token for a demo user via the password grant (the `cchc-web` client allows it locally). */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post(TOKEN_URL, {
    form: { grant_type: 'password', client_id: CLIENT_ID, username, password: DEMO_PASSWORD },
  });
  expect(res.status(), `token for ${username}: ${await res.text()}`).toBe(200);
  const body = (await res.json()) as { access_token?: string };
  expect(body.access_token, 'access_token').toBeTruthy();
  return body.access_token!;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Five random digits, e.g. for `1.9xxxxx.H99` codes and unique names. */
export function randomDigits(n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(Math.random() * 10);
  return s;
}

export interface NewProcedure {
  code: string;
  name: string;
  field: string;
  levels: string[];
  processingTime: { value: number; unit: string };
}

/** A fresh procedure: unique code `1.9<5 digits>.H99` and name "Đăng ký khai sinh thử nghiệm <digits>". */
export function newProcedure(): { body: NewProcedure; token: string } {
  const token = randomDigits(5);
  return {
    token,
    body: {
      code: `1.9${token}.H99`,
      name: `Đăng ký khai sinh thử nghiệm ${token}`,
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    },
  };
}

export const PUBLICATION = {
  decisionNumber: '123/QĐ-UBND',
  decisionDate: '2026-11-01',
  effectiveDate: '2026-11-15',
};

/** The gateway tags every response with a request id. */
export function expectRequestId(res: APIResponse): void {
  const id = res.headers()['x-request-id'];
  expect(id, `X-Request-Id on ${res.url()} (${res.status()})`).toBeTruthy();
}

/** Asserts an RFC 9457 problem answer with the given status; returns the parsed body. */
export async function expectProblem(res: APIResponse, status: number): Promise<Record<string, unknown>> {
  const text = await res.text();
  expect(res.status(), `${res.url()}: ${text}`).toBe(status);
  expect(res.headers()['content-type'] ?? '', `content-type of ${res.url()}`).toContain('application/problem+json');
  expectRequestId(res);
  const body = JSON.parse(text) as Record<string, unknown>;
  if (body.status !== undefined) expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  return body;
}

/** Creates a procedure as `catalogue` and publishes it; returns what was created. */
export async function createAndPublish(
  request: APIRequestContext,
  catalogueToken: string,
): Promise<{ body: NewProcedure; token: string }> {
  const p = newProcedure();
  const created = await request.post('/api/v1/procedures', { headers: bearer(catalogueToken), data: p.body });
  expect(created.status(), await created.text()).toBe(201);
  expectRequestId(created);
  expect((await created.json()).state).toBe('DRAFT');

  const published = await request.post(`/api/v1/procedures/${encodeURIComponent(p.body.code)}/publication`, {
    headers: bearer(catalogueToken),
    data: PUBLICATION,
  });
  expect(published.status(), await published.text()).toBe(200);
  expectRequestId(published);
  expect((await published.json()).state).toBe('IN_FORCE');
  return p;
}

/** Logs in through the real Keycloak login page, starting from the SPA home page. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.search.includes('code='));
  await expect(page.getByTestId('user-name')).toBeVisible();
}

/** "2026-03-15" → "15/03/2026", "2026-03-15T16:00" → "15/03/2026 16:00": what the antd pickers show (dd/MM/yyyy, 24 h). */
export function shownDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
}

/** Types a date ("yyyy-MM-dd") or a date and time ("yyyy-MM-ddTHH:mm") into an antd picker as a user does, then Enter. */
export async function pickDate(input: Locator, iso: string): Promise<void> {
  await input.click();
  await input.fill(shownDate(iso));
  await input.press('Enter');
  await expect(input).toHaveValue(shownDate(iso));
}
