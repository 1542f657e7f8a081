import { expect, test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { BASE_URL, bearer, expectRequestId, loginAs, pickDate, randomDigits, tokenFor } from './support';

/**
 * A late dossier through the real stack (Keycloak → gateway → dossiers service), following the
 * contract in services/dossiers/README.md:
 * officer receives "Đăng ký khai sinh" (3 working days) at H99.X01.MC with a receipt time 10 working
 * days ago (API) → the worklist shows it overdue and without apology (UI) → the officer starts it
 * and opens Mẫu 01 (UI) → the leader issues the apology, Mẫu 04, with a new return date (UI) → the
 * specialist resolves it, late (UI) → the officer returns the result (API) → public tracking shows
 * it returned, without personal data (UI) → the period report of H99.X01 counts it late with an
 * apology (API).
 */

/** Demo data of the procedures service, copied into the dossiers catalogue by events. */
const BIRTH = { code: '1.001193.000.00.00.H99', name: 'Đăng ký khai sinh' };
const UNIT = 'H99.X01';
const RECEIVING_POINT = 'H99.X01.MC';
const DOSSIERS = '/api/v1/dossiers';

const VN_OFFSET_MS = 7 * 3600_000;
const p2 = (n: number) => String(n).padStart(2, '0');

/** A calendar day in Vietnam, `days` weekdays (Mon–Fri) away from today (negative = before). */
function vnWeekdaysFromToday(days: number): string {
  const d = new Date(Date.now() + VN_OFFSET_MS); // read with getUTC* = Vietnam wall clock
  let left = Math.abs(days);
  const step = days < 0 ? -1 : 1;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + step);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

const vnToday = () => new Date(Date.now() + VN_OFFSET_MS).toISOString().slice(0, 10);
/** "dd/MM/yyyy HH:mm" as the SPA shows a Vietnam date-time. */
const shown = (date: string, time: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} ${time}`;
/** An ISO instant as the SPA shows it (Vietnam time). */
const shownInstant = (iso: string) => {
  const v = new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString();
  return shown(v.slice(0, 10), v.slice(11, 16));
};

async function newUserPage(browser: Browser, username?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  if (username) await loginAs(page, username);
  return { context, page };
}

const isAction = (code: string, action: string) => (r: Response) =>
  r.request().method() === 'POST' && r.url().endsWith(`${DOSSIERS}/${encodeURIComponent(code)}/actions/${action}`);
const isDocument = (code: string, form: string) => (r: Response) =>
  r.url().endsWith(`${DOSSIERS}/${encodeURIComponent(code)}/documents/${form}`);

async function expectOk(res: Response, status = 200): Promise<void> {
  expect(res.status(), `${res.request().method()} ${res.url()}: ${await res.text().catch(() => '')}`).toBe(status);
}

type Counts = Record<string, number>;

/** The total row of a period report: `total` (or `totals`), else the sum of the rows. */
function reportTotal(body: Record<string, unknown>): Counts {
  const total = (body.total ?? body.totals) as Counts | undefined;
  if (total && typeof total === 'object') return total;
  const rows = (body.rows ?? body.groups ?? body.items ?? []) as Counts[];
  const sum: Counts = {};
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (typeof v === 'number') sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

test.describe('dossier lifecycle: late dossier with an apology letter', () => {
  test('receive in the past → overdue in the worklist → apology (Mẫu 04) → resolve → return → period report', async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const officerToken = await tokenFor(request, 'officer');
    const leaderToken = await tokenFor(request, 'leader');

    // --- precondition: the demo procedure reached the dossiers catalogue copy
    const cat = await request.get(`${DOSSIERS}/catalogue/${encodeURIComponent(BIRTH.code)}`, {
      headers: bearer(officerToken),
    });
    expect(cat.status(), `demo procedure ${BIRTH.code} in the dossiers catalogue: ${await cat.text()}`).toBe(200);

    // --- setup (API): receive 10 working days ago, 08:30 Vietnam time
    const receivedDate = vnWeekdaysFromToday(-10);
    const receivedAt = `${receivedDate}T08:30:00+07:00`;
    const phone = `09${randomDigits(8)}`;
    const applicantName = `Nguyễn Thị Thử Nghiệm ${randomDigits(4)}`;

    const preview = await request.post(`${DOSSIERS}/due-date`, {
      headers: bearer(officerToken),
      data: { procedureCode: BIRTH.code, receivedAt, receivingUnitCode: RECEIVING_POINT },
    });
    expect(preview.status(), await preview.text()).toBe(200);
    const due = (await preview.json()) as {
      clockStartAt: string;
      dueAt: string;
      workingDays?: number;
      processingTime?: number;
    };
    // README: `workingDays`; the service as written answers `processingTime` + `unit`
    expect(Number(due.workingDays ?? due.processingTime)).toBe(3);
    expect(Date.parse(due.dueAt)).toBeLessThan(Date.now());

    const received = await request.post(DOSSIERS, {
      headers: bearer(officerToken),
      data: {
        procedureCode: BIRTH.code,
        receivingUnitCode: RECEIVING_POINT,
        decidingUnitCode: UNIT,
        channel: 'DIRECT',
        applicant: { name: applicantName, phone, idNumber: `0011900${randomDigits(5)}`, address: 'Thôn Một, xã Một' },
        content: 'Đăng ký khai sinh cho con (kiểm thử e2e)',
        components: [
          { name: 'Tờ khai đăng ký khai sinh', copies: 1 },
          { name: 'Giấy chứng sinh', copies: 1 },
        ],
        receivedAt,
        returnMethod: 'DIRECT',
      },
    });
    expect(received.status(), await received.text()).toBe(201);
    expectRequestId(received);
    const dossier = (await received.json()) as Record<string, unknown> & { code: string; dueAt: string };
    const code = dossier.code;
    expect(code).toBeTruthy();
    expect(dossier).toMatchObject({
      status: 'RECEIVED',
      statusCode: 2,
      procedureCode: BIRTH.code,
      receivingUnitCode: RECEIVING_POINT,
    });
    expect(Date.parse(dossier.dueAt)).toBe(Date.parse(due.dueAt));
    expect(dossier.overdue).toBe(true);
    expect(dossier.lateWithoutApology).toBe(true);

    // --- officer (UI): the worklist shows it red, flagged "without apology"; start it; Mẫu 01
    const officer = await newUserPage(browser, 'officer');
    try {
      const page = officer.page;
      await page.goto('/ho-so?due=OVERDUE');
      await expect(page.getByTestId('worklist-table')).toBeVisible();
      const listed = page.waitForResponse(
        (r) =>
          r.url().includes(`${DOSSIERS}?`) &&
          new URL(r.url()).searchParams.get('q') === code &&
          new URL(r.url()).searchParams.get('due') === 'OVERDUE',
      );
      const search = page.getByTestId('worklist-search').getByRole('searchbox');
      await search.fill(code);
      await search.press('Enter');
      const list = await listed;
      await expectOk(list);
      expect(await list.request().headerValue('authorization')).toMatch(/^Bearer /);

      const row = page.getByTestId('worklist-table').locator(`tr[data-row-key="${code}"]`);
      await expect(row).toBeVisible();
      await expect(row).toHaveClass(/dossier-row-overdue/);
      await expect(row).toHaveAttribute('data-overdue', 'true');
      await expect(row.getByTestId('flag-overdue')).toHaveText('Quá hạn');
      await expect(row.getByTestId('flag-late-without-apology')).toHaveText('Quá hạn chưa có thư xin lỗi');
      await expect(row.getByTestId('row-status')).toHaveText('Được tiếp nhận');
      await expect(row).toContainText(applicantName);
      // the red background is really applied
      await expect(row.locator('td').first()).toHaveCSS('background-color', 'rgb(255, 241, 240)');

      await row.getByTestId('dossier-link').click();
      await expect(page).toHaveURL(new RegExp(`/ho-so/${code.replace(/\./g, '\\.')}$`));
      await expect(page.getByTestId('dossier-code')).toHaveText(code);
      await expect(page.getByTestId('dossier-status')).toHaveText('Được tiếp nhận');
      await expect(page.getByTestId('dossier-overdue')).toBeVisible();
      await expect(page.getByTestId('dossier-late-without-apology')).toBeVisible();
      await expect(page.getByTestId('dossier-due')).toHaveText(shownInstant(due.dueAt));

      // Mẫu 01 opens as a PDF fetched with the bearer token
      const receipt = page.waitForResponse(isDocument(code, 'mau-01'));
      await page.getByTestId('document-mau-01').click();
      const pdf = await receipt;
      await expectOk(pdf);
      expect(pdf.headers()['content-type'] ?? '').toContain('application/pdf');
      await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-state', 'ready');
      await page.getByTestId('pdf-close').click();

      // send it for processing
      const started = page.waitForResponse(isAction(code, 'start'));
      await page.getByTestId('action-start').click();
      await page.getByTestId('action-note').fill('Chuyển công chức tư pháp – hộ tịch');
      await page.getByTestId('action-submit').click();
      await expectOk(await started);
      await expect(page.getByTestId('dossier-status')).toHaveText('Đang xử lý');
    } finally {
      await officer.context.close();
    }

    // --- leader (UI): apology with a new return date; Mẫu 04 is shown
    const newDueDate = vnWeekdaysFromToday(3);
    const leader = await newUserPage(browser, 'leader');
    try {
      const page = leader.page;
      await page.goto(`/ho-so/${encodeURIComponent(code)}`);
      await expect(page.getByTestId('dossier-status')).toHaveText('Đang xử lý');
      await page.getByTestId('action-apology').click();
      const form = page.getByTestId('action-form-apology');
      await expect(form).toBeVisible();
      await form.getByTestId('action-reason').fill('Chờ kết quả xác minh thông tin của cơ quan phối hợp');
      // the last day of a timely apology, from the server, before issuing
      await expect(form.getByTestId('apology-timely-until')).toContainText('/');
      await pickDate(form.getByTestId('action-new-due'), `${newDueDate}T16:00`);
      await form.getByTestId('action-signer').fill('Chủ tịch UBND xã Một');
      const issued = page.waitForResponse(isAction(code, 'apology'));
      const letter = page.waitForResponse(isDocument(code, 'mau-04'));
      await page.getByTestId('action-submit').click();
      const apology = await issued;
      await expectOk(apology);
      expect(JSON.parse(apology.request().postData() ?? '{}')).toEqual({
        reason: 'Chờ kết quả xác minh thông tin của cơ quan phối hợp',
        newDueAt: `${newDueDate}T16:00:00+07:00`,
        signer: 'Chủ tịch UBND xã Một',
      });
      const body = (await apology.json()) as { apology?: { newDueAt?: string } | null; lateWithoutApology?: boolean };
      expect(body.apology).toBeTruthy();
      expect(Date.parse(body.apology!.newDueAt!)).toBe(Date.parse(`${newDueDate}T16:00:00+07:00`));
      expect(body.lateWithoutApology).toBe(false);

      const pdf = await letter;
      await expectOk(pdf);
      expect(pdf.headers()['content-type'] ?? '').toContain('application/pdf');
      await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-state', 'ready');
      await expect(page.getByTestId('pdf-frame')).toHaveAttribute('src', /^blob:/);
      await page.getByTestId('pdf-close').click();

      await expect(page.getByTestId('dossier-apology')).toBeVisible();
      await expect(page.getByTestId('apology-new-due')).toHaveText(shown(newDueDate, '16:00'));
      await expect(page.getByTestId('dossier-extended-due')).toHaveText(shown(newDueDate, '16:00'));
      await expect(page.getByTestId('dossier-late-without-apology')).toHaveCount(0);
      await expect(page.getByTestId('document-mau-04')).toBeVisible();
      // a second apology is not offered (once per dossier)
      await expect(page.getByTestId('action-apology')).toHaveCount(0);
    } finally {
      await leader.context.close();
    }

    // --- specialist (UI): resolve; the dossier is classified late
    const specialist = await newUserPage(browser, 'specialist');
    try {
      const page = specialist.page;
      await page.goto(`/ho-so/${encodeURIComponent(code)}`);
      await expect(page.getByTestId('dossier-apology')).toBeVisible();
      await page.getByTestId('action-resolve').click();
      await page.getByTestId('action-note').fill('Đã ký giấy khai sinh');
      const resolved = page.waitForResponse(isAction(code, 'resolve'));
      await page.getByTestId('action-submit').click();
      await expectOk(await resolved);
      await expect(page.getByTestId('dossier-status')).toHaveText('Đã xử lý xong');
      await expect(page.getByTestId('dossier-classification')).toHaveAttribute('data-classification', 'LATE');
      await expect(page.getByTestId('dossier-classification')).toHaveText('Quá hạn');
      const entries = page.getByTestId('dossier-history').getByTestId('history-entry');
      await expect(entries.last()).toHaveAttribute('data-action', 'resolve');
    } finally {
      await specialist.context.close();
    }

    // --- officer (API): return the result
    const returned = await request.post(`${DOSSIERS}/${encodeURIComponent(code)}/actions/return`, {
      headers: bearer(officerToken),
      data: { method: 'DIRECT' },
    });
    expect(returned.status(), await returned.text()).toBe(200);
    expect(await returned.json()).toMatchObject({ code, status: 'RETURNED', statusCode: 10, classification: 'LATE' });

    // --- citizen (UI, anonymous): tracking shows it returned, without personal data
    const citizen = await newUserPage(browser);
    try {
      const page = citizen.page;
      await page.goto('/tra-cuu');
      await page.getByTestId('tracking-code').fill(code);
      await page.getByTestId('tracking-phone').fill(phone.slice(-4));
      const tracked = page.waitForResponse((r) => r.url().includes(`${DOSSIERS}/tracking/`));
      await page.getByTestId('tracking-submit').click();
      const res = await tracked;
      await expectOk(res);
      expect(await res.request().headerValue('authorization')).toBeNull();
      expect(new URL(res.url()).searchParams.get('phone')).toBe(phone.slice(-4));
      await expect(page.getByTestId('tracking-status')).toHaveText('Đã trả kết quả');
      await expect(page.getByTestId('tracking-result')).toContainText(BIRTH.name);
      await expect(page.getByTestId('tracking-result')).not.toContainText(applicantName);
      await expect(page.getByTestId('tracking-result')).not.toContainText(phone);
      const raw = await res.text();
      expect(raw).not.toContain(applicantName);
      expect(raw).not.toContain(phone);
      await expect(page.getByTestId('tracking-rate')).toBeVisible();
    } finally {
      await citizen.context.close();
    }

    // --- period report (API): H99.X01 over the period counts it resolved late, with an apology
    const report = await request.get(`${DOSSIERS}/reports/period`, {
      headers: bearer(leaderToken),
      params: { unit: UNIT, from: receivedDate, to: vnToday(), groupBy: 'UNIT', format: 'json' },
    });
    expect(report.status(), await report.text()).toBe(200);
    const total = reportTotal((await report.json()) as Record<string, unknown>);
    expect(total.resolvedLate, JSON.stringify(total)).toBeGreaterThanOrEqual(1);
    expect(total.lateWithApology, JSON.stringify(total)).toBeGreaterThanOrEqual(1);
    expect(total.resolved).toBeGreaterThanOrEqual(total.resolvedLate);
  });
});
