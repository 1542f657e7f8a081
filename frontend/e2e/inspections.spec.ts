import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from '@playwright/test';
import { BASE_URL, bearer, loginAs, pickDate, randomDigits, shownDate, tokenFor } from './support';

/**
 * An inspection through the real stack (Keycloak → gateway → inspections, dossiers), following
 * services/inspections/README.md:
 * a late dossier at H99.X01 (received 10 working days ago, resolved late without an apology; API) →
 * the inspector creates a plan with a team and H99.X01 (UI) → starts the inspection (UI) → the live
 * evidence shows the late dossier without apology, once the dossier events reached the inspections
 * read model (API poll, then UI) → "Đưa vào phát hiện" makes a finding carrying the figure with its
 * source (UI) → ends the visit, drafts, previews (PDF) and issues the conclusion notice (UI) → adds a
 * remediation item whose deadline has passed (UI) → the item is highlighted overdue in the
 * inspection's and the plan's trackers (UI) → the unit's leader sees it overdue and reports (UI).
 */

const BIRTH = '1.001193.000.00.00.H99';
const UNIT = 'H99.X01';
const RECEIVING_POINT = 'H99.X01.MC';
const DOSSIERS = '/api/v1/dossiers';
const INSPECTIONS = '/api/v1/inspections';

const VN_OFFSET_MS = 7 * 3600_000;
const p2 = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
/** Vietnam wall clock, read with getUTC*. */
const vnNow = () => new Date(Date.now() + VN_OFFSET_MS);
const vnToday = () => iso(vnNow());
/** A calendar day in Vietnam `days` calendar days from today. */
function vnDaysFromToday(days: number): string {
  const d = vnNow();
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}
/** A calendar day in Vietnam, `days` weekdays (Mon–Fri) away from today (negative = before). */
function vnWeekdaysFromToday(days: number): string {
  const d = vnNow();
  let left = Math.abs(days);
  const step = days < 0 ? -1 : 1;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + step);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return iso(d);
}
async function newUserPage(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await loginAs(page, username);
  return { context, page };
}

async function expectOk(res: Response, status = 200): Promise<void> {
  expect(res.status(), `${res.request().method()} ${res.url()}: ${await res.text().catch(() => '')}`).toBe(status);
}

const isCall = (method: string, path: string) => (r: Response) =>
  r.request().method() === method && new URL(r.url()).pathname === path;

/** A dossier received `10` working days ago at H99.X01.MC, started and resolved late, without an apology. */
async function lateDossier(request: APIRequestContext): Promise<string> {
  const officer = await tokenFor(request, 'officer');
  const specialist = await tokenFor(request, 'specialist');
  const cat = await request.get(`${DOSSIERS}/catalogue/${encodeURIComponent(BIRTH)}`, { headers: bearer(officer) });
  expect(cat.status(), `demo procedure ${BIRTH} in the dossiers catalogue: ${await cat.text()}`).toBe(200);

  const received = await request.post(DOSSIERS, {
    headers: bearer(officer),
    data: {
      procedureCode: BIRTH,
      receivingUnitCode: RECEIVING_POINT,
      decidingUnitCode: UNIT,
      channel: 'DIRECT',
      applicant: {
        name: `Lê Thị Kiểm Tra ${randomDigits(4)}`,
        phone: `09${randomDigits(8)}`,
        idNumber: `0011900${randomDigits(5)}`,
        address: 'Thôn Hai, xã Một',
      },
      content: 'Đăng ký khai sinh (kiểm thử e2e kiểm tra CCHC)',
      components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
      receivedAt: `${vnWeekdaysFromToday(-10)}T08:30:00+07:00`,
      returnMethod: 'DIRECT',
    },
  });
  expect(received.status(), await received.text()).toBe(201);
  const dossier = (await received.json()) as { code: string; overdue?: boolean };
  expect(dossier.overdue).toBe(true);
  const code = dossier.code;

  const started = await request.post(`${DOSSIERS}/${encodeURIComponent(code)}/actions/start`, {
    headers: bearer(officer),
    data: { note: 'Chuyển xử lý' },
  });
  expect(started.status(), await started.text()).toBe(200);
  const resolved = await request.post(`${DOSSIERS}/${encodeURIComponent(code)}/actions/resolve`, {
    headers: bearer(specialist),
    data: { note: 'Đã ký giấy khai sinh' },
  });
  expect(resolved.status(), await resolved.text()).toBe(200);
  expect(await resolved.json()).toMatchObject({ code, classification: 'LATE' });
  return code;
}

test.describe('inspection: plan → live evidence → finding → conclusion → remediation overdue', () => {
  test('the team pulls a late dossier into a finding, concludes, and an overdue remediation item shows', async ({
    browser,
    request,
  }) => {
    test.setTimeout(360_000);
    const code = await lateDossier(request);
    const inspectorToken = await tokenFor(request, 'inspector');

    const today = vnToday();
    const planNumber = `E2E-${randomDigits(5)}/KH-UBND`;
    const requirement = `Gửi thư xin lỗi cho hồ sơ trễ hẹn ${code}`;
    let inspectionId = '';
    let planId: string | undefined;

    const inspector = await newUserPage(browser, 'inspector');
    try {
      const page = inspector.page;

      // --- plan editor (UI): number, date, issuer, scope, content group, team, H99.X01 with its schedule
      await page.goto('/kiem-tra');
      await expect(page.getByTestId('plans-table')).toBeVisible();
      await page.getByTestId('plan-create').click();
      await expect(page).toHaveURL(/\/kiem-tra\/ke-hoach\/moi$/);
      const form = page.getByTestId('plan-form');
      await form.getByTestId('plan-number').fill(planNumber);
      // the plan is dated before the visit that is recorded as started 3 weekdays ago
      await pickDate(form.getByTestId('plan-date'), vnWeekdaysFromToday(-5));
      await form.getByTestId('plan-issuer').fill('UBND tỉnh Hòa An');
      await form.getByTestId('plan-scope').fill('Kiểm tra công tác cải cách hành chính (kiểm thử e2e)');
      await form.getByTestId('plan-group-TTHC_MOT_CUA').check();
      // the leader's account picked from the directory (GET /team-candidates, Keycloak's users of the province);
      // picking fills the name and agency, typed over afterwards as a plan's team list writes them
      const account = form.getByTestId('member-username').first();
      await account.click();
      const candidates = page.waitForResponse(
        (r) => r.url().includes(`${INSPECTIONS}/team-candidates`) && r.url().includes('q=inspector'),
      );
      await account.locator('input').fill('inspector');
      await expectOk(await candidates);
      await page.locator('.ant-select-item-option').filter({ hasText: '(inspector)' }).first().click();
      await expect(account).toContainText('(inspector)');
      await form.getByTestId('member-name').first().fill('Nguyễn Văn Trưởng Đoàn');
      await form.getByTestId('member-agency').first().fill('Sở Nội vụ');
      await form.getByTestId('unit-code').first().locator('input').fill(UNIT);
      // visits are held on working days (a Saturday or Sunday is refused), not before the plan's date
      await pickDate(form.getByTestId('scheduled-from').first(), vnWeekdaysFromToday(1));
      await pickDate(form.getByTestId('scheduled-to').first(), vnWeekdaysFromToday(3));
      // the evidence period covers the late dossier's due date and ends with the visit day
      await pickDate(form.getByTestId('period-from').first(), vnDaysFromToday(-45));
      await pickDate(form.getByTestId('period-to').first(), today);
      const created = page.waitForResponse(isCall('POST', `${INSPECTIONS}/plans`));
      await form.getByTestId('plan-submit').click();
      const planRes = await created;
      await expectOk(planRes, 201);
      expect(planRes.headers()['x-request-id'], 'X-Request-Id from the gateway').toBeTruthy();
      const planBody = (await planRes.json()) as {
        id: string;
        contentGroups: string[];
        inspections: { id: string; unitCode: string; status: string }[];
      };
      planId = planBody.id;
      expect(planBody.contentGroups).toEqual(['TTHC_MOT_CUA']);
      expect(planBody.inspections).toHaveLength(1);
      expect(planBody.inspections[0]).toMatchObject({ unitCode: UNIT, status: 'PLANNED' });
      inspectionId = planBody.inspections[0].id;
      await expect(page).toHaveURL(new RegExp(`/kiem-tra/ke-hoach/${planId}$`));
      await expect(page.getByTestId('plan-number-title')).toHaveText(planNumber);

      // --- dashboard → workspace; start the visit
      const dashRow = page.getByTestId('plan-dashboard').locator(`tr[data-unit="${UNIT}"]`);
      await expect(dashRow.getByTestId('dashboard-status')).toHaveText('Chưa kiểm tra');
      await dashRow.getByTestId('dashboard-unit-link').click();
      await expect(page).toHaveURL(new RegExp(`/kiem-tra/${inspectionId}`));
      await expect(page.getByTestId('inspection-status')).toHaveText('Chưa kiểm tra');
      // the visit is recorded afterwards: it began three days ago and ended two days ago, so that a remediation
      // deadline after the visit (yesterday) has already passed
      const started = page.waitForResponse(isCall('POST', `${INSPECTIONS}/${inspectionId}/start`));
      await page.getByTestId('inspection-start').click();
      await pickDate(page.getByTestId('inspection-started-on'), vnWeekdaysFromToday(-3));
      await page.getByTestId('inspection-start-ok').click();
      const startRes = await started;
      await expectOk(startRes);
      expect(new URL(startRes.url()).searchParams.get('startedOn')).toBe(vnWeekdaysFromToday(-3));
      await expect(page.getByTestId('inspection-status')).toHaveText('Đang kiểm tra');

      // --- live evidence: wait until the dossier events reached the inspections read model
      await expect
        .poll(
          async () => {
            const res = await request.get(`${INSPECTIONS}/${inspectionId}/evidence/late-dossiers`, {
              headers: bearer(inspectorToken),
            });
            if (res.status() !== 200) return `HTTP ${res.status()}`;
            const rows = ((await res.json()) as { items: { code: string; withApology: boolean }[] }).items;
            return rows.find((r) => r.code === code) ?? 'not yet';
          },
          { timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
        )
        .toMatchObject({ code, withApology: false });

      await page.getByTestId('tab-evidence').click();
      const evidence = page.getByTestId('evidence-panel');
      // evidence is shown as of the scheduled visit day unless another day is picked
      await expect(evidence.getByTestId('evidence-as-of')).toHaveValue(shownDate(vnWeekdaysFromToday(1)));
      await expect(page.getByTestId('late-without').locator(`tr[data-row-key="${code}"]`)).toBeVisible();
      await expect(page.getByTestId('late-with').locator(`tr[data-row-key="${code}"]`)).toHaveCount(0);
      const figure = page.getByTestId('evidence-figures').locator('tr[data-key="lateDossiers.withoutApology"]');
      await expect(figure.getByTestId('figure-source')).toHaveText('Hệ thống giải quyết TTHC');
      await expect(figure.getByTestId('figure-value')).toHaveText(/^\d{1,3}(\.\d{3})* hồ sơ$/);
      const count = Number((await figure.getByTestId('figure-value').textContent())!.replace(/\D/g, ''));
      expect(count).toBeGreaterThanOrEqual(1);

      // --- "Đưa vào phát hiện": one action makes a weakness finding carrying the figure
      await figure.getByTestId('figure-pull').click();
      const pull = page.getByTestId('pull-form');
      await expect(pull.getByTestId('pull-text')).toHaveValue(
        /^Hồ sơ trễ hẹn không có thư xin lỗi, thông báo gia hạn: [\d.]+ hồ sơ$/,
      );
      const findingCall = page.waitForResponse(isCall('POST', `${INSPECTIONS}/${inspectionId}/findings`));
      await page.getByTestId('pull-submit').click();
      const findingRes = await findingCall;
      await expectOk(findingRes, 201);
      expect(JSON.parse(findingRes.request().postData() ?? '{}')).toMatchObject({
        kind: 'WEAKNESS',
        groupCode: 'TTHC_MOT_CUA',
        evidenceKeys: ['lateDossiers.withoutApology'],
      });
      const finding = (await findingRes.json()) as {
        figures: { key: string; value: number; source: string; asOf: string | null }[];
      };
      expect(finding.figures).toHaveLength(1);
      expect(finding.figures[0]).toMatchObject({ key: 'lateDossiers.withoutApology', source: 'cchc.dossiers.v1' });
      expect(Number(finding.figures[0].value)).toBe(count);

      await page.getByTestId('tab-findings').click();
      const card = page.getByTestId('finding').first();
      await expect(card.getByTestId('finding-kind')).toHaveText('Tồn tại, hạn chế');
      await expect(card.getByTestId('finding-figure')).toContainText(`${count.toLocaleString('vi-VN')} hồ sơ`);
      await expect(card.getByTestId('finding-figure')).toContainText('Hệ thống giải quyết TTHC');

      // --- end the visit (two days ago): the conclusion due date is set
      await page.getByTestId('inspection-end').click();
      await pickDate(page.getByTestId('inspection-ended-on'), vnWeekdaysFromToday(-2));
      const ended = page.waitForResponse(isCall('POST', `${INSPECTIONS}/${inspectionId}/end`));
      await page.getByTestId('inspection-end-ok').click();
      const endRes = await ended;
      await expectOk(endRes);
      const endBody = (await endRes.json()) as { conclusionDue: string; endedOn: string };
      expect(endBody.endedOn).toBe(vnWeekdaysFromToday(-2));
      await expect(page.getByTestId('inspection-status')).toHaveText('Đã kết thúc kiểm tra');
      await expect(page.getByTestId('inspection-conclusion-due')).toHaveText(shownDate(endBody.conclusionDue));

      // --- conclusion: draft from the findings, PDF preview, issue
      await page.getByTestId('tab-conclusion').click();
      const conclusion = page.getByTestId('conclusion-form');
      await expect(page.getByTestId('conclusion-due')).toHaveText(`Hạn ban hành: ${shownDate(endBody.conclusionDue)}`);
      await expect(conclusion.getByTestId('conclusion-shortcomings')).toHaveValue(/Hồ sơ trễ hẹn không có thư xin lỗi/);
      await conclusion.getByTestId('conclusion-number').fill(`${randomDigits(3)}/TB-ĐKT`);
      await expect(conclusion.getByTestId('conclusion-date')).toHaveValue(shownDate(today));
      await conclusion.getByTestId('conclusion-signer').fill('Nguyễn Văn Trưởng Đoàn');
      await conclusion.getByTestId('conclusion-signer-title').fill('Trưởng đoàn kiểm tra');
      await conclusion.getByTestId('conclusion-requests').fill('Gửi thư xin lỗi cho tổ chức, cá nhân có hồ sơ trễ hẹn');
      const saved = page.waitForResponse(isCall('PUT', `${INSPECTIONS}/${inspectionId}/conclusion`));
      await conclusion.getByTestId('conclusion-save').click();
      await expectOk(await saved);

      const pdf = page.waitForResponse(isCall('GET', `${INSPECTIONS}/${inspectionId}/conclusion.pdf`));
      await page.getByTestId('conclusion-preview').click();
      const pdfRes = await pdf;
      await expectOk(pdfRes);
      expect(pdfRes.headers()['content-type'] ?? '').toContain('application/pdf');
      await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-state', 'ready');
      await page.getByTestId('pdf-close').click();

      const issued = page.waitForResponse(isCall('POST', `${INSPECTIONS}/${inspectionId}/conclusion/issue`));
      await page.getByTestId('conclusion-issue').click();
      await page.getByTestId('conclusion-issue-ok').click();
      const issuedRes = await issued;
      await expectOk(issuedRes);
      expect(await issuedRes.json()).toMatchObject({ issued: true, late: false });
      await expect(page.getByTestId('conclusion-state')).toHaveAttribute('data-issued', 'true');
      await expect(page.getByTestId('inspection-status')).toHaveText('Đã có kết luận');

      // --- remediation: an item whose deadline has passed is overdue at once (OPEN and today > deadline)
      await page.getByTestId('tab-remediation').click();
      const remForm = page.getByTestId('remediation-form');
      await remForm.getByTestId('remediation-requirement-input').fill(requirement);
      // a working day after the visit ended and before today: overdue at once
      const deadline = vnWeekdaysFromToday(-1);
      await pickDate(remForm.getByTestId('remediation-deadline-input'), deadline);
      const added = page.waitForResponse(isCall('POST', `${INSPECTIONS}/${inspectionId}/remediation`));
      await remForm.getByTestId('remediation-add').click();
      const addRes = await added;
      // (a deadline before the day the visit ended would be refused: 400 deadline/afterVisit)
      await expectOk(addRes, 201);
      const item = (await addRes.json()) as { id: string; overdue: boolean; status: string };
      expect(item).toMatchObject({ status: 'OPEN', overdue: true });

      const row = page.getByTestId('remediation-table').locator(`tr[data-row-key="${item.id}"]`);
      await expect(row).toHaveClass(/dossier-row-overdue/);
      await expect(row).toHaveAttribute('data-overdue', 'true');
      await expect(row.getByTestId('remediation-overdue')).toHaveText('Quá hạn');
      await expect(row.getByTestId('remediation-deadline')).toHaveText(shownDate(deadline));
      await expect(row.locator('td').first()).toHaveCSS('background-color', 'rgb(255, 241, 240)');

      // the plan: dashboard counts it, the tracker (overdue only) lists it in red
      await page.goto(`/kiem-tra/ke-hoach/${planId}`);
      const unitRow = page.getByTestId('plan-dashboard').locator(`tr[data-unit="${UNIT}"]`);
      await expect(unitRow.getByTestId('dashboard-overdue')).toHaveText('1 quá hạn');
      await expect(unitRow).toHaveClass(/dossier-row-overdue/);
      await page.getByRole('tab', { name: 'Theo dõi khắc phục' }).click();
      await page.getByTestId('remediation-overdue-only').click();
      const tracked = page.getByTestId('remediation-table').locator(`tr[data-row-key="${item.id}"]`);
      await expect(tracked).toHaveClass(/dossier-row-overdue/);
      await expect(tracked.getByTestId('remediation-requirement')).toHaveText(requirement);
    } finally {
      await inspector.context.close();
    }

    // --- the unit's leader: sees the inspection, the issued notice and the overdue item; reports on it
    const leader = await newUserPage(browser, 'leader');
    try {
      const page = leader.page;
      await page.goto('/kiem-tra');
      await expect(page.getByTestId('plans-table')).toHaveCount(0);
      await expect(page.getByTestId('inspections-table').locator(`tr[data-row-key="${inspectionId}"]`)).toBeVisible();
      await page.goto(`/kiem-tra/${inspectionId}?tab=remediation`);
      await expect(page.getByTestId('tab-evidence')).toHaveCount(0);
      const row = page.getByTestId('remediation-table').locator('tr', { hasText: requirement });
      await expect(row).toHaveClass(/dossier-row-overdue/);
      await expect(row.getByTestId('remediation-overdue')).toHaveText('Quá hạn');
      await row.getByTestId('remediation-report-btn').click();
      await page.getByTestId('remediation-text').fill('Đơn vị đã gửi thư xin lỗi cho người dân');
      const reported = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/report'));
      await page.getByTestId('remediation-text-submit').click();
      await expectOk(await reported);
      await expect(row.getByTestId('remediation-status')).toHaveText('Đã báo cáo');
      await expect(row).not.toHaveClass(/dossier-row-overdue/);

      await page.getByTestId('tab-conclusion').click();
      await expect(page.getByTestId('conclusion-state')).toHaveAttribute('data-issued', 'true');
    } finally {
      await leader.context.close();
    }
  });
});
