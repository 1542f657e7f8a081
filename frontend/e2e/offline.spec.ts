import { expect, test } from '@playwright/test';

/** Đăng ký khai sinh, in the demo catalogue. */
const BIRTH = { code: '1.001193.000.00.00.H99', name: 'Đăng ký khai sinh' };
const SEARCH = '/thu-tuc?q=khai+sinh';

/**
 * The PWA (issue 17 §2, vite-plugin-pwa): once a visitor has opened the public catalogue, its shell (the precached
 * index.html and scripts) and the catalogue answers seen (runtime cache "cchc-public-catalogue", NetworkFirst)
 * open without a network; a route never visited still opens from the shell.
 */
test('the app shell and the public catalogue seen before open offline', async ({ page, context }) => {
  await page.goto(SEARCH);
  await expect(page.getByTestId('procedure-table')).toBeVisible();
  // the service worker installs the shell and takes control of the page (autoUpdate: skipWaiting + clientsClaim)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

  // seen online while the worker controls the page: the search and the procedure page go through its cache
  await page.reload();
  await expect(page.getByTestId('procedure-table').locator(`tr[data-row-key="${BIRTH.code}"]`)).toBeVisible();
  await page.goto(`/thu-tuc/${BIRTH.code}`);
  await expect(page.getByTestId('procedure-name')).toHaveText(BIRTH.name);

  await context.setOffline(true);
  try {
    await page.goto(SEARCH);
    const row = page.getByTestId('procedure-table').locator(`tr[data-row-key="${BIRTH.code}"]`);
    await expect(row).toContainText(BIRTH.name);
    await row.getByTestId('procedure-link').click();
    await expect(page.getByTestId('procedure-name')).toHaveText(BIRTH.name);
    await expect(page.getByTestId('procedure-processing-time')).not.toBeEmpty();

    // a route not visited before: the shell answers it (navigateFallback), the page's form shows
    await page.goto('/tra-cuu');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('tracking-form')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
