import { expect, test, type Page, type Response } from '@playwright/test';
import { navItemsFor, type NavItem } from '../src/nav/navItems';
import { loginAs, tokenFor } from './support';

/**
 * A full staff tour counting 429s (issue 17: "11 of 130 staff page loads got 429"). Each staff demo user signs in
 * through Keycloak and opens every page their role offers: each navigation entry (clicked, as a user does), the
 * sub-pages behind them, and each page again by a full page load. Every answer with status 429 is counted from the
 * end of the sign-in to the end of the tour; the count per user is printed and must be 0.
 */
const STAFF_USERS = ['admin', 'catalogue', 'officer', 'specialist', 'leader', 'inspector', 'appraiser', 'national'];

/** Pages behind a navigation entry, opened by URL (tabs and sub-pages of the same area). */
const SUB_PAGES: Partial<Record<NavItem['key'], string[]>> = {
  dossiers: ['/ho-so/danh-muc-thu-tuc'],
  parIndex: ['/chi-so/bo-tieu-chi', '/chi-so/xep-hang', '/chi-so/chi-so-phuc-vu', '/chi-so/khao-sat'],
};

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function rolesOf(token: string): string[] {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    realm_access?: { roles?: string[] };
  };
  return payload.realm_access?.roles ?? [];
}

/** Waits until the page has settled: the lazy chunk shown and its calls answered (or a quiet second). */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('.app-content')).toBeVisible();
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
}

const counts: Record<string, { pages: number; calls: number; tooMany: number }> = {};

test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  const rows = Object.entries(counts).map(
    ([user, c]) =>
      `  ${user.padEnd(11)} ${String(c.pages).padStart(3)} page loads, ${String(c.calls).padStart(4)} API calls, ${c.tooMany} × 429`,
  );
  const total = Object.values(counts).reduce((n, c) => n + c.tooMany, 0);
  const pages = Object.values(counts).reduce((n, c) => n + c.pages, 0);
  console.log(`staff tour: ${total} × 429 in ${pages} page loads\n${rows.join('\n')}`);
});

for (const user of STAFF_USERS) {
  test(`staff tour: ${user} opens every page of the role without a 429`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const roles = rolesOf(await tokenFor(request, user));
    const items = navItemsFor(roles);
    expect(items.length, `nav items of ${user} (${roles.join(', ')})`).toBeGreaterThan(2);

    await loginAs(page, user);
    const c = (counts[user] = { pages: 0, calls: 0, tooMany: 0 });
    const tooMany: string[] = [];
    const onResponse = (res: Response) => {
      if (!new URL(res.url()).pathname.startsWith('/api/')) return;
      c.calls++;
      if (res.status() === 429) tooMany.push(`${res.request().method()} ${res.url()}`);
    };
    page.on('response', onResponse);

    // by the navigation, as a user clicks through the menu
    for (const item of items) {
      await page.getByTestId(`nav-${kebab(item.key)}`).click();
      await page.waitForURL((url) => url.pathname.startsWith(item.path));
      await settle(page);
      c.pages++;
      for (const sub of SUB_PAGES[item.key] ?? []) {
        await page.goto(sub);
        await settle(page);
        c.pages++;
      }
    }
    // and each page again by a full page load (a bookmark, a reload)
    for (const item of items) {
      await page.goto(item.path);
      await settle(page);
      c.pages++;
    }

    page.off('response', onResponse);
    c.tooMany = tooMany.length;
    console.log(`staff tour ${user}: ${c.pages} page loads, ${c.calls} API calls, ${c.tooMany} × 429`);
    expect(tooMany, `429 answers during ${user}'s tour`).toEqual([]);
  });
}
