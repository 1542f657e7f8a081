import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './support';

/** The figure a count card shows ("1.234" in Vietnamese) as a number. */
async function shownCount(page: Page, testId: string): Promise<number> {
  const value = page.getByTestId(`${testId}-value`);
  await expect(value).toBeVisible();
  return Number((await value.textContent())!.replace(/\D/g, ''));
}

test.describe('work dashboard through the gateway (issue 17 §4)', () => {
  test('catalogue staff: each count on the home page is the total of the list it opens', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'catalogue');
    await expect(page.getByTestId('catalogue-counts')).toBeVisible();

    // drafts → the catalogue admin list filtered to DRAFT, whose total is the count
    const drafts = await shownCount(page, 'catalogue-counts-drafts');
    const draftList = page.waitForResponse(
      (r) => r.url().includes('/api/v1/procedures?') && new URL(r.url()).searchParams.get('state') === 'DRAFT',
    );
    await page.getByTestId('catalogue-counts-drafts').click();
    await expect(page).toHaveURL(/\/quan-tri-danh-muc\?state=DRAFT$/);
    const listed = await draftList;
    expect(listed.status()).toBe(200);
    expect((await listed.json()).total).toBe(drafts);
    await expect(page.getByTestId('procedure-total')).toHaveText(`Tổng số ${drafts} thủ tục`);

    // decisions taking effect within 7 days → the decisions tab with the same window
    await page.goto('/');
    const decisions = await shownCount(page, 'catalogue-counts-decisionsTakingEffect');
    const decisionList = page.waitForResponse(
      (r) => r.url().includes('/api/v1/procedures/decisions?') && new URL(r.url()).searchParams.has('effectiveFrom'),
    );
    await page.getByTestId('catalogue-counts-decisionsTakingEffect').click();
    await expect(page).toHaveURL(/tab=decisions/);
    const window = await decisionList;
    expect(window.status()).toBe(200);
    expect((await window.json()).total).toBe(decisions);
    await expect(page.getByTestId('decision-filters')).toBeVisible();

    // posting compliance → the report
    await page.goto('/');
    await expect(page.getByTestId('catalogue-counts-missingPostings-value')).toBeVisible();
    await page.getByTestId('catalogue-counts-missingPostings').click();
    await expect(page).toHaveURL(/\/niem-yet\/bao-cao$/);
  });
});
