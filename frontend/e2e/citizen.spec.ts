import { expect, test } from '@playwright/test';
import { BASE_URL, bearer, loginAs, randomDigits, tokenFor } from './support';

/**
 * A citizen signs in and finds, under "Hồ sơ của tôi", the dossier an officer just received with the
 * citizen's identification number (the demo citizen's id_number claim is 046190001234), and nobody
 * else's; from there her dossier's tracking page opens at once, without phone digits.
 */
test('a citizen sees the dossier filed under their identification number', async ({ page, request }) => {
  const officer = await tokenFor(request, 'officer');
  const name = `Trần Văn Công Dân ${randomDigits(4)}`;
  const body = (idNumber: string) => ({
    procedureCode: '1.001193.000.00.00.H99',
    receivingUnitCode: 'H99.X01.MC',
    decidingUnitCode: 'H99.X01',
    channel: 'ONLINE',
    applicant: { name, phone: `09${randomDigits(8)}`, idNumber, address: 'Thôn Hai, xã Một' },
    content: 'Đăng ký khai sinh (kiểm thử e2e công dân)',
    components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
    returnMethod: 'ELECTRONIC',
  });
  const own = await request.post(`${BASE_URL}/api/v1/dossiers`, {
    headers: bearer(officer),
    data: body('046190001234'),
  });
  expect(own.status(), await own.text()).toBe(201);
  const code = ((await own.json()) as { code: string }).code;
  const other = await request.post(`${BASE_URL}/api/v1/dossiers`, {
    headers: bearer(officer),
    data: body('001190099999'),
  });
  expect(other.status(), await other.text()).toBe(201);
  const otherCode = ((await other.json()) as { code: string }).code;

  await loginAs(page, 'citizen');
  await page.getByTestId('nav-my-dossiers').click();
  const table = page.getByTestId('my-dossiers-table');
  const row = table.locator('tr', { hasText: code });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('my-dossier-status')).toHaveText('Được tiếp nhận');
  await expect(table).not.toContainText(otherCode);
  // no personal data of the applicant on the page either way
  await expect(table).not.toContainText(name);

  // her own dossier opens at once, with its history, without typing phone digits
  await row.getByTestId('my-dossier-code').click();
  await expect(page).toHaveURL(new RegExp(`/tra-cuu\\?ma=${code.replace(/\./g, '\\.')}&cua-toi=1$`));
  await expect(page.getByTestId('tracking-result-code')).toHaveText(code);
  await expect(page.getByTestId('tracking-phone')).toHaveCount(0);
  await expect(page.getByTestId('tracking-history-entry')).toHaveCount(1);
});
