import { expect, test } from '@playwright/test';

/** Demo data seeded by the procedures service (cchc.demo-data). */
const BIRTH = { code: '1.001193.000.00.00.H99', name: 'Đăng ký khai sinh', field: 'Hộ tịch' };

test.describe('public procedure catalogue', () => {
  test('anonymous search without diacritics finds "Đăng ký khai sinh"; its page shows the fields and the decision history', async ({
    page,
  }) => {
    await page.goto('/thu-tuc');
    await expect(page.getByTestId('login-button')).toBeVisible(); // anonymous
    await expect(page.getByTestId('procedure-filters')).toBeVisible();

    const search = page.getByPlaceholder(/Tìm theo tên/);
    const answer = page.waitForResponse(
      (r) => r.url().includes('/api/v1/procedures?') && new URL(r.url()).searchParams.get('q') === 'dang ky khai sinh',
    );
    await search.fill('dang ky khai sinh');
    await search.press('Enter');
    const res = await answer;
    expect(res.status(), await res.text().catch(() => '')).toBe(200);
    expect(await res.request().headerValue('authorization')).toBeNull();
    await expect(page).toHaveURL(/[?&]q=dang\+ky\+khai\+sinh/);

    const row = page.getByTestId('procedure-table').locator(`tr[data-row-key="${BIRTH.code}"]`);
    await expect(row).toContainText(BIRTH.name);
    await expect(row).toContainText(BIRTH.field);
    await expect(row).toContainText('3 ngày làm việc');
    await expect(row).toContainText('Cấp xã');

    await row.getByTestId('procedure-link').click();
    await expect(page).toHaveURL(new RegExp(`/thu-tuc/${BIRTH.code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('heading', { name: BIRTH.name })).toBeVisible();
    await expect(page.getByTestId('procedure-name')).toHaveText(BIRTH.name);
    await expect(page.getByTestId('procedure-code')).toHaveText(BIRTH.code);
    await expect(page.getByTestId('procedure-state')).toHaveAttribute('data-state', /^(IN_FORCE|AMENDED)$/);
    await expect(page.getByTestId('procedure-field')).toHaveText(BIRTH.field);
    await expect(page.getByTestId('procedure-processing-time')).toHaveText('3 ngày làm việc');

    const decisions = page.getByTestId('procedure-decisions').locator('tbody tr[data-row-key]');
    await expect(decisions.first()).toBeVisible();
    expect(await decisions.count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('procedure-versions').locator('tbody tr[data-row-key]').first()).toBeVisible();
    await expect(page.getByTestId('api-error')).toHaveCount(0);

    // deep link survives a reload (gateway SPA fallback for /thu-tuc/<code>)
    await page.reload();
    await expect(page.getByTestId('procedure-name')).toHaveText(BIRTH.name);
    await expect(page.getByTestId('procedure-code')).toHaveText(BIRTH.code);
  });
});
