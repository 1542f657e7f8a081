import { expect, test, type Response } from '@playwright/test';
import { BASE_URL, KEYCLOAK_URL, loginAs, REALM } from './support';

test.describe('login through Keycloak', () => {
  test('officer logs in, sees name/roles/unit and role-based navigation, switches language, logs out', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('app-title')).toHaveText('Hệ thống quản lý cải cách hành chính');
    await expect(page.getByTestId('nav-procedures')).toHaveText('Thủ tục hành chính');
    await expect(page.getByTestId('nav-dossiers')).toHaveCount(0);

    // Real Keycloak login page (authorization code + PKCE)
    await page.getByTestId('login-button').click();
    await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/auth`));
    const authUrl = new URL(page.url());
    expect(authUrl.searchParams.get('client_id')).toBe('cchc-web');
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('redirect_uri')).toBe(`${BASE_URL}/`);
    await page.locator('#username').fill('officer');
    await page.locator('#password').fill('demo');
    await page.locator('#kc-login').click();

    // Back on the SPA, with code/state removed from the URL
    await page.waitForURL((url) => url.href.startsWith(BASE_URL));
    await expect(page.getByTestId('user-name')).toBeVisible();
    expect(page.url()).not.toContain('code=');
    expect(page.url()).not.toContain('state=');
    await expect(page.getByTestId('user-name')).not.toBeEmpty();
    await expect(page.getByTestId('user-name')).toHaveText('Nguyễn Văn An'); // family name first
    // role and unit by their Vietnamese names, not their codes
    await expect(page.getByTestId('user-roles')).toHaveText(/Cán bộ Một cửa/);
    await expect(page.getByTestId('user-roles')).not.toContainText('officer');
    await expect(page.getByTestId('user-unit')).toHaveText('Xã An Phú');
    await expect(page.getByTestId('user-unit')).toHaveAttribute('data-unit-code', 'H99.X01');

    // Navigation by role
    const nav = page.getByTestId('main-nav');
    await expect(page.getByTestId('nav-procedures')).toHaveText('Thủ tục hành chính');
    await expect(page.getByTestId('nav-dossiers')).toHaveText('Hồ sơ');
    await expect(nav).not.toContainText('Quản trị danh mục');
    await expect(nav).not.toContainText('Kiểm tra CCHC');
    await expect(page.getByTestId('nav-catalogue-admin')).toHaveCount(0);

    // Language switch VI → EN, remembered across reloads
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('nav-procedures')).toHaveText('Administrative procedures');
    await expect(page.getByTestId('nav-dossiers')).toHaveText('Dossiers');
    await expect(page.getByTestId('logout-button')).toHaveText(/Log out/);
    await page.reload();
    await expect(page.getByTestId('nav-dossiers')).toHaveText('Dossiers');
    await expect(page.getByTestId('user-unit')).toHaveText('Xã An Phú'); // still logged in
    await page.getByTestId('lang-vi').click();
    await expect(page.getByTestId('nav-dossiers')).toHaveText('Hồ sơ');

    // Logout ends the Keycloak session and comes back to the SPA
    await page.getByTestId('logout-button').click();
    await page.waitForURL((url) => url.href.startsWith(BASE_URL));
    await expect(page.getByTestId('login-button')).toBeVisible();
    await expect(page.getByTestId('user-name')).toHaveCount(0);
    await expect(page.getByTestId('nav-dossiers')).toHaveCount(0);

    // SSO session is gone: the login button leads to the login form again
    await page.getByTestId('login-button').click();
    await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/`));
    await expect(page.locator('#username')).toBeVisible();
  });

  test('officer opens the unit procedure catalogue (dossiers service, bearer token)', async ({ page }) => {
    await loginAs(page, 'officer');
    await page.getByTestId('nav-dossiers').click();
    await expect(page).toHaveURL(/\/ho-so$/);
    const isCatalogueCall = (r: Response) => r.url().includes('/api/v1/dossiers/catalogue?');
    let answer = page.waitForResponse(isCatalogueCall);
    await page.getByTestId('dossier-catalogue-tab').click();
    await expect(page).toHaveURL(/\/ho-so\/danh-muc-thu-tuc$/);
    let res = await answer;
    expect(res.status(), `${res.url()}: ${await res.text().catch(() => '')}`).toBe(200);
    expect(await res.request().headerValue('authorization')).toMatch(/^Bearer /);
    expect(new URL(res.url()).searchParams.get('size')).toBe('20');
    await expect(page.getByTestId('dossier-catalogue-table')).toBeVisible();
    await expect(page.getByText('Mã thủ tục').first()).toBeVisible();
    await expect(page.getByTestId('api-error')).toHaveCount(0);

    // deep link survives a reload (gateway SPA fallback + session in sessionStorage)
    answer = page.waitForResponse(isCatalogueCall);
    await page.reload();
    res = await answer;
    expect(res.status(), `${res.url()}: ${await res.text().catch(() => '')}`).toBe(200);
    await expect(page.getByTestId('dossier-catalogue-table')).toBeVisible();
    await expect(page.getByTestId('api-error')).toHaveCount(0);
  });

  test('catalogue administrator sees the catalogue administration, not the dossiers', async ({ page }) => {
    await loginAs(page, 'catalogue');
    await expect(page.getByTestId('user-roles')).toContainText('Quản trị danh mục');
    await expect(page.getByTestId('user-roles').locator('[data-role=catalogue-admin]')).toBeVisible();
    await expect(page.getByTestId('nav-catalogue-admin')).toHaveText('Quản trị danh mục');
    await expect(page.getByTestId('nav-dossiers')).toHaveCount(0);
    // a role-protected deep link is refused in the SPA as well
    await page.goto('/ho-so');
    await expect(page.getByTestId('forbidden')).toBeVisible();
  });
});
