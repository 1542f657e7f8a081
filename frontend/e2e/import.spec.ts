import { expect, test, type Page } from '@playwright/test';
import { bearer, loginAs, tokenFor } from './support';

/** National-database CSV headers (see services/procedures/README.md, "Import rows"). */
const HEADERS = [
  'Mã TTHC',
  'Tên TTHC',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Thời hạn giải quyết',
  'Đơn vị thời hạn',
  'Cách thức thực hiện',
  'Mức độ DVCTT',
  'Đủ điều kiện toàn trình',
];

const cell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => [HEADERS, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';

/** Three procedures with unique codes; `badName` leaves the name of the second one (data row 2) empty. */
function importFile(prefix: string, stamp: string, badName: boolean): string {
  const row = (n: number, name: string) => [
    `${prefix}.${n}`,
    name,
    'Hộ tịch',
    'Cấp xã',
    '5',
    'Ngày làm việc',
    'Trực tiếp; Trực tuyến',
    'Một phần',
    'Không',
  ];
  return csv([
    row(1, `Thủ tục nhập thử ${stamp} số 1`),
    row(2, badName ? '' : `Thủ tục nhập thử ${stamp} số 2`),
    row(3, `Thủ tục nhập thử ${stamp} số 3`),
  ]);
}

async function upload(page: Page, fileName: string, content: string) {
  await page
    .getByTestId('import-panel')
    .locator('input[type="file"]')
    .setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
  const posted = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/v1/procedures/imports' && r.request().method() === 'POST',
  );
  await page.getByTestId('import-start').click();
  const res = await posted;
  expect(res.status(), await res.text().catch(() => '')).toBe(202);
  const req = res.request();
  expect(await req.headerValue('content-type')).toContain('text/csv');
  expect(await req.headerValue('x-file-name')).toBe(fileName);
  expect(await req.headerValue('authorization')).toMatch(/^Bearer /);
}

test.describe.serial('catalogue import from a CSV file', () => {
  const stamp = String(Date.now());
  const prefix = `9.${stamp}`; // unique per run: reruns never collide

  test('a file with one bad row is rejected with its error report and nothing written; fixed, it creates 3', async ({
    page,
    request,
  }) => {
    await loginAs(page, 'catalogue');
    await page.getByTestId('nav-catalogue-admin').click();
    await page.getByTestId('admin-tab-import').click();
    await expect(page).toHaveURL(/\/quan-tri-danh-muc\?tab=import$/);
    await expect(page.getByTestId('import-template')).toHaveAttribute(
      'href',
      '/api/v1/procedures/imports/template.csv',
    );

    // 1. one bad row (missing name) → REJECTED, error table names the row and the field
    await upload(page, `thu-tuc-${stamp}-loi.csv`, importFile(prefix, stamp, true));
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-status', 'REJECTED', { timeout: 60_000 });
    await expect(page.getByTestId('import-status')).toHaveText('Bị từ chối');
    await expect(page.getByTestId('import-rejected')).toContainText('Không có thủ tục nào được ghi');
    const errors = page.getByTestId('import-errors');
    await expect(errors.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const rows = await errors.getByTestId('import-error-row').allInnerTexts();
    const fields = await errors.getByTestId('import-error-field').allInnerTexts();
    // every error is about the second data row (rows count data rows from 1, the header is not counted)
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r.trim(), `error rows ${rows.join(',')}`).toBe('2');
    expect(
      fields.some((f) => /name|Tên TTHC/i.test(f)),
      `error fields ${fields.join(',')}`,
    ).toBe(true);

    // nothing was written: not even the good rows exist
    const token = await tokenFor(request, 'catalogue');
    for (const n of [1, 3]) {
      const res = await request.get(`/api/v1/procedures/${encodeURIComponent(`${prefix}.${n}`)}`, {
        headers: bearer(token),
      });
      expect(res.status(), `${prefix}.${n} after a rejected import`).toBe(404);
    }

    // 2. the same file fixed → COMPLETED, 3 created (no decision columns → none published)
    await upload(page, `thu-tuc-${stamp}.csv`, importFile(prefix, stamp, false));
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-status', 'COMPLETED', { timeout: 60_000 });
    await expect(page.getByTestId('import-completed')).toBeVisible();
    await expect(page.getByTestId('import-created')).toHaveText('3');
    await expect(page.getByTestId('import-published')).toHaveText('0');
    await expect(page.getByTestId('import-processed')).toHaveText('Đã xử lý 3/3 dòng');
    await expect(page.getByTestId('import-errors')).toHaveCount(0);

    // 3. catalogue staff find an imported code (a draft) with the search
    await page.getByTestId('nav-procedures').click();
    const search = page.getByPlaceholder(/Tìm theo tên/);
    await search.fill(`${prefix}.2`);
    await search.press('Enter');
    const row = page.getByTestId('procedure-table').locator(`tr[data-row-key="${prefix}.2"]`);
    await expect(row).toContainText(`Thủ tục nhập thử ${stamp} số 2`);
    await expect(row).toContainText('Dự thảo');
    await expect(row).toContainText('5 ngày làm việc');
    await expect(page.getByTestId('api-error')).toHaveCount(0);
  });
});
