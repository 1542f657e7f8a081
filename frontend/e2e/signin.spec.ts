import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { BASE_URL, KEYCLOAK_URL, REALM, bearer, randomDigits, tokenFor } from './support';

/**
 * Sign-in for citizens (issue 15 §7) through the real Keycloak of the local stack:
 * - self-registration with the e-mail address verified by a link (Keycloak's mail is read from the local mail
 *   catcher, deploy/local/mail), and the password chosen right after; then a forgotten password reset by mail
 *   and the new one used to sign in;
 * - sign-in through VNeID, here the clearly labelled stand-in realm `vneid-demo`: the citizen's ID number comes
 *   from VNeID into the `id_number` claim, so "Hồ sơ của tôi" lists the dossiers filed under it, with nobody
 *   typing the number or phone digits.
 */
const MAIL_URL = process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:1080';

async function mailLink(request: APIRequestContext, to: string, pattern: RegExp, after: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    const res = await request.get(`${MAIL_URL}/messages?to=${encodeURIComponent(to)}`);
    expect(res.status()).toBe(200);
    const messages = (await res.json()) as { receivedAt: string; links: string[] }[];
    const link = messages
      .filter((m) => m.receivedAt > after)
      .flatMap((m) => m.links)
      .find((l) => pattern.test(l));
    if (link) return link;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no mail to ${to} with a link like ${pattern}`);
}

async function backInTheApp(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.search.includes('code='));
  await expect(page.getByTestId('user-name')).toBeVisible();
}

test('a citizen registers, verifies the e-mail address by mail, and later resets the password', async ({
  page,
  request,
}) => {
  const suffix = randomDigits(6);
  const email = `cong.dan.${suffix}@example.vn`;
  const password = `Thu-nghiem-${suffix}!`;

  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
  await page.locator('a[href*="/login-actions/registration"]').click();
  const started = new Date().toISOString();
  await page.locator('#username').fill(`congdan${suffix}`);
  await page.locator('#email').fill(email);
  await page.locator('#firstName').fill('Thị Hồng');
  await page.locator('#lastName').fill('Lê');
  // Keycloak 26.7 asks for the password once the address is verified (docs/security.md)
  await page.locator('#kc-register-form [type=submit]').click();

  // Keycloak asks for the address to be verified before anything else
  await expect(page.locator('body')).toContainText(email);
  await page.goto(await mailLink(request, email, /action-token/, started));
  await page.locator('#password-new').fill(password);
  await page.locator('#password-confirm').fill(password);
  await page.locator('[type=submit]').first().click();
  await backInTheApp(page);
  // a new account is a citizen: "Hồ sơ của tôi" is there, staff pages are not
  await expect(page.getByTestId('nav-my-dossiers')).toBeVisible();
  await expect(page.getByTestId('user-name')).toContainText('Lê');

  // forgotten password: "Quên mật khẩu?", a link by mail, a new password, signed in; then with it alone
  await page.evaluate('sessionStorage.clear(); localStorage.clear();');
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
  await page.locator('a[href*="reset-credentials"]').click();
  const resetAt = new Date().toISOString();
  await page.locator('#username').fill(email);
  await page.locator('[type=submit]').first().click();
  await page.goto(await mailLink(request, email, /action-token/, resetAt));
  const renewed = `${password}-moi`;
  await page.locator('#password-new').fill(renewed);
  await page.locator('#password-confirm').fill(renewed);
  await page.locator('[type=submit]').first().click();
  await backInTheApp(page);

  await page.evaluate('sessionStorage.clear(); localStorage.clear();');
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
  await page.locator('#username').fill(`congdan${suffix}`);
  await page.locator('#password').fill(renewed);
  await page.locator('#kc-login').click();
  await backInTheApp(page);
});

test('a citizen signs in with VNeID (stand-in) and finds the dossiers filed under their ID number', async ({
  page,
  request,
}) => {
  const officer = await tokenFor(request, 'officer');
  const res = await request.post(`${BASE_URL}/api/v1/dossiers`, {
    headers: bearer(officer),
    data: {
      procedureCode: '1.001193.000.00.00.H99',
      receivingUnitCode: 'H99.X01.MC',
      decidingUnitCode: 'H99.X01',
      channel: 'ONLINE',
      // the ID number of the stand-in realm's demo citizen (deploy/local/realm/vneid-demo-realm.json)
      applicant: {
        name: 'Nguyễn Văn Định Danh',
        phone: `09${randomDigits(8)}`,
        idNumber: '001199012345',
        address: 'Xã Một',
      },
      content: 'Đăng ký khai sinh (kiểm thử đăng nhập VNeID)',
      components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
      returnMethod: 'ELECTRONIC',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const code = ((await res.json()) as { code: string }).code;

  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
  await page.locator('#social-vneid').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/vneid-demo/`));
  await expect(page.locator('body')).toContainText('giả lập');
  await page.locator('#username').fill('vneid.citizen');
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await backInTheApp(page);

  await page.getByTestId('nav-my-dossiers').click();
  const row = page.getByTestId('my-dossiers-table').locator('tr', { hasText: code });
  await expect(row).toBeVisible();
});
