import { expect, test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { BASE_URL, bearer, expectRequestId, loginAs, randomDigits, tokenFor } from './support';

/**
 * A PAR index assessment through the real stack (Keycloak → gateway → par-index), following
 * services/par-index/README.md:
 * admin creates and activates a small criteria set for a unique year (API; the demo already holds
 * sets and an X01 assessment for 2025/2026, and an assessment is unique per set and unit) → the
 * leader of H99.X01 starts the self-assessment (API) → in the SPA the leader uploads ONE evidence
 * file and links it to two criteria, scores three criteria (one without evidence) and submits,
 * confirming the criterion without evidence → the appraiser cuts that criterion → the leader
 * explains it (giải trình) → the appraiser re-appraises, finalises and publishes → the ranking of
 * that year shows the unit with its percentage and group.
 */

const API = '/api/v1/par-index';
const UNIT = 'H99.X01';
const LEVEL = 'COMMUNE';

async function newUserPage(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'vi-VN',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await loginAs(page, username);
  return { context, page };
}

async function expectOk(res: Response, status = 200): Promise<void> {
  expect(res.status(), `${res.request().method()} ${res.url()}: ${await res.text().catch(() => '')}`).toBe(status);
}

const isPut = (id: number, code: string, stage: 'self' | 'appraisal' | 'explanation') => (r: Response) =>
  r.request().method() === 'PUT' && r.url().endsWith(`${API}/assessments/${id}/criteria/${code}/${stage}`);
const isAction = (id: number, action: string) => (r: Response) =>
  r.request().method() === 'POST' && r.url().endsWith(`${API}/assessments/${id}/actions/${action}`);

const row = (page: Page, tree: 'criteria-tree' | 'appraisal-tree', code: string) =>
  page.getByTestId(tree).locator(`tr[data-row-key="${code}"]`);

/** Takes a workflow step through its confirmation dialog and waits for the answer. */
async function step(page: Page, id: number, action: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await expect(page.getByTestId('action-dialog')).toBeVisible();
  const done = page.waitForResponse(isAction(id, action));
  await page.getByTestId('action-confirm').click();
  await expectOk(await done);
}

test.describe('PAR index: self-assessment with shared evidence → appraisal → explanation → ranking', () => {
  test('one evidence file for two criteria, a confirmed criterion without evidence, giải trình, publication', async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const adminToken = await tokenFor(request, 'admin');
    const leaderToken = await tokenFor(request, 'leader');

    // --- setup (API): a fresh ACTIVE set for a year no demo data uses
    const year = 2040 + Math.floor(Math.random() * 50);
    const code = `E2E-PAR-${randomDigits(6)}`;
    const created = await request.post(`${API}/criteria-sets`, {
      headers: bearer(adminToken),
      data: {
        code,
        name: `Bộ chỉ số CCHC cấp xã kiểm thử ${year}`,
        year,
        level: LEVEL,
        province: 'H99',
        maxPoints: 10,
        sample: true,
        note: 'Kiểm thử đầu cuối',
        fields: [
          {
            code: '1',
            name: 'Công tác chỉ đạo, điều hành cải cách hành chính',
            maxPoints: 10,
            children: [
              {
                code: '1.1',
                name: 'Ban hành kế hoạch CCHC năm đúng hạn',
                maxPoints: 4,
                method: 'SELF_APPRAISED',
                rule: { type: 'MANUAL' },
                children: [],
              },
              {
                code: '1.2',
                name: 'Thực hiện đầy đủ kế hoạch CCHC',
                maxPoints: 4,
                method: 'SELF_APPRAISED',
                rule: { type: 'YES_NO' },
                children: [],
              },
              {
                code: '1.3',
                name: 'Kiểm tra CCHC tại các đơn vị trực thuộc',
                maxPoints: 2,
                method: 'SELF_APPRAISED',
                rule: { type: 'MANUAL' },
                children: [],
              },
            ],
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    expectRequestId(created);
    const set = (await created.json()) as { id: number; status: string };
    expect(set.status).toBe('DRAFT');
    const activated = await request.post(`${API}/criteria-sets/${set.id}/activate`, { headers: bearer(adminToken) });
    expect(activated.status(), await activated.text()).toBe(200);
    expect((await activated.json()).status).toBe('ACTIVE');

    // --- setup (API): the leader starts the unit's self-assessment
    const started = await request.post(`${API}/assessments`, {
      headers: bearer(leaderToken),
      data: { criteriaSetId: set.id, unitCode: UNIT },
    });
    expect(started.status(), await started.text()).toBe(201);
    const id = ((await started.json()) as { assessment: { id: number; status: string } }).assessment.id;
    expect(id).toBeTruthy();

    const leader = await newUserPage(browser, 'leader');
    const appraiser = await newUserPage(browser, 'appraiser');
    try {
      // --- leader (UI): evidence uploaded once, linked to 1.1 and 1.2; scores; submission
      let page = leader.page;
      await page.goto(`/chi-so/danh-gia/${id}`);
      await expect(page.getByTestId('assessment-status')).toHaveText('Đang tự chấm');
      await expect(row(page, 'criteria-tree', '1.3')).toBeVisible();

      const panel = page.getByTestId('evidence-panel');
      const uploaded = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().includes(`${API}/assessments/${id}/evidence?filename=`),
      );
      await panel.locator('input[type="file"]').setInputFiles({
        name: 'Kế hoạch CCHC.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
      });
      const upload = await uploaded;
      await expectOk(upload, 201);
      expect(upload.request().headers()['content-type']).toBe('application/pdf');
      const doc = (await upload.json()) as { id: string; filename: string };
      const docRow = panel.getByTestId('evidence-table').locator(`tr[data-row-key="${doc.id}"]`);
      await expect(docRow).toContainText('Kế hoạch CCHC.pdf');

      await docRow.getByTestId('evidence-link').click();
      await page.getByTestId('link-option-1.1').click();
      await page.getByTestId('link-option-1.2').click();
      const link11 = page.waitForResponse(isPut(id, '1.1', 'self'));
      const link12 = page.waitForResponse(isPut(id, '1.2', 'self'));
      await page.getByTestId('evidence-link-save').click();
      await expectOk(await link11);
      await expectOk(await link12);
      await expect(docRow.getByTestId('evidence-linked')).toContainText('1.1');
      await expect(docRow.getByTestId('evidence-linked')).toContainText('1.2');

      // 1.1: 3.5 points (keeps the linked document)
      await row(page, 'criteria-tree', '1.1').getByTestId('score-button').click();
      let form = page.getByTestId('score-form');
      await form.getByRole('spinbutton').fill('3.5');
      await form.getByTestId('score-note').fill('Kế hoạch số 12/KH-UBND ban hành ngày 10/01');
      const s11 = page.waitForResponse(isPut(id, '1.1', 'self'));
      await page.getByTestId('score-save').click();
      const put11 = await s11;
      await expectOk(put11);
      expect(JSON.parse(put11.request().postData() ?? '{}')).toEqual({
        value: 3.5,
        note: 'Kế hoạch số 12/KH-UBND ban hành ngày 10/01',
        evidenceIds: [doc.id],
      });
      await expect(row(page, 'criteria-tree', '1.1').getByTestId('self-score')).toHaveText('3,5');
      // the score dialog closes (animation) before the next one opens: one score form on the page at a time
      await expect(page.getByTestId('score-form')).toBeHidden();

      // 1.2: achieved
      await row(page, 'criteria-tree', '1.2').getByTestId('score-button').click();
      form = page.getByTestId('score-form');
      await form.getByText('Đạt', { exact: true }).click();
      const s12 = page.waitForResponse(isPut(id, '1.2', 'self'));
      await page.getByTestId('score-save').click();
      await expectOk(await s12);
      await expect(row(page, 'criteria-tree', '1.2').getByTestId('self-score')).toHaveText('4');
      await expect(page.getByTestId('score-form')).toBeHidden();

      // 1.3: 1.5 points without evidence → flagged
      await row(page, 'criteria-tree', '1.3').getByTestId('score-button').click();
      form = page.getByTestId('score-form');
      await form.getByRole('spinbutton').fill('1.5');
      const s13 = page.waitForResponse(isPut(id, '1.3', 'self'));
      await page.getByTestId('score-save').click();
      await expectOk(await s13);
      await expect(row(page, 'criteria-tree', '1.3').getByTestId('missing-evidence-flag')).toBeVisible();
      await expect(row(page, 'criteria-tree', '1.1').getByTestId('missing-evidence-flag')).toHaveCount(0);
      await expect(page.getByTestId('missing-evidence')).toContainText(
        '1 tiêu chí tự chấm điểm nhưng chưa có tài liệu kiểm chứng',
      );
      await expect(page.getByTestId('totals-self')).toContainText('9/10');

      // submit: the dialog lists 1.3 and needs the explicit confirmation
      await page.getByTestId('action-submit').click();
      const dialog = page.getByTestId('submit-dialog');
      await expect(dialog.getByTestId('submit-missing').locator('li')).toHaveText([
        '1.3 Kiểm tra CCHC tại các đơn vị trực thuộc: 1,5/2 điểm',
      ]);
      await expect(page.getByTestId('submit-confirm')).toBeDisabled();
      await dialog.getByRole('checkbox').check();
      const submitted = page.waitForResponse(isAction(id, 'submit'));
      await page.getByTestId('submit-confirm').click();
      const submit = await submitted;
      await expectOk(submit);
      expect(JSON.parse(submit.request().postData() ?? '{}')).toEqual({ confirmMissingEvidence: ['1.3'] });
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã gửi thẩm định');
      await expect(page.getByTestId('score-button')).toHaveCount(0);

      // --- appraiser (UI): 1.3 cut to 0, others accepted; appraise
      page = appraiser.page;
      await page.goto(`/chi-so/danh-gia/${id}/tham-dinh`);
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã gửi thẩm định');
      await expect(row(page, 'appraisal-tree', '1.1').getByTestId('evidence-download')).toHaveText('Kế hoạch CCHC.pdf');
      await expect(row(page, 'appraisal-tree', '1.2').getByTestId('evidence-download')).toHaveText('Kế hoạch CCHC.pdf');
      await expect(row(page, 'appraisal-tree', '1.3').getByTestId('missing-evidence-flag')).toBeVisible();
      await expect(page.getByTestId('action-finalise')).toHaveCount(0);
      await row(page, 'appraisal-tree', '1.3').getByTestId('appraise-button').click();
      form = page.getByTestId('appraise-form');
      await form.getByRole('spinbutton').fill('0');
      await form.getByTestId('appraise-comment').fill('Không có tài liệu kiểm chứng');
      const a13 = page.waitForResponse(isPut(id, '1.3', 'appraisal'));
      await page.getByTestId('appraise-save').click();
      const appraisal = await a13;
      await expectOk(appraisal);
      expect(JSON.parse(appraisal.request().postData() ?? '{}')).toEqual({
        value: 0,
        comment: 'Không có tài liệu kiểm chứng',
      });
      await expect(row(page, 'appraisal-tree', '1.3').getByTestId('appraised-score')).toHaveText('0');
      await step(page, id, 'appraise');
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã thẩm định');

      // --- leader (UI): giải trình of 1.3 with a further document, then "explain"
      page = leader.page;
      await page.goto(`/chi-so/danh-gia/${id}`);
      await expect(page.getByTestId('explanation-step')).toBeVisible();
      await expect(row(page, 'criteria-tree', '1.3').getByTestId('appraised-score')).toHaveText('0');
      const more = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().includes(`${API}/assessments/${id}/evidence?filename=`),
      );
      await page
        .getByTestId('evidence-panel')
        .locator('input[type="file"]')
        .setInputFiles({
          name: 'Bien-ban-kiem-tra.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% biên bản kiểm tra\n%%EOF\n'),
        });
      await expectOk(await more, 201);
      await row(page, 'criteria-tree', '1.3').getByTestId('explain-button').click();
      form = page.getByTestId('explain-form');
      await form.getByTestId('explain-text').fill('Đơn vị đã kiểm tra 2 đơn vị trực thuộc; gửi kèm biên bản kiểm tra');
      await form.getByTestId('explain-evidence').click();
      await page.locator('.ant-select-item-option', { hasText: 'Bien-ban-kiem-tra.pdf' }).click();
      await form.getByTestId('explain-text').click(); // close the dropdown
      const e13 = page.waitForResponse(isPut(id, '1.3', 'explanation'));
      await page.getByTestId('explain-save').click();
      const explanation = await e13;
      await expectOk(explanation);
      const explained = JSON.parse(explanation.request().postData() ?? '{}') as {
        explanation: string;
        evidenceIds: string[];
      };
      expect(explained.explanation).toBe('Đơn vị đã kiểm tra 2 đơn vị trực thuộc; gửi kèm biên bản kiểm tra');
      expect(explained.evidenceIds).toHaveLength(1);
      await expect(row(page, 'criteria-tree', '1.3').getByTestId('explanation')).toHaveText(
        'Đơn vị đã kiểm tra 2 đơn vị trực thuộc; gửi kèm biên bản kiểm tra',
      );
      await step(page, id, 'explain');
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã giải trình');

      // --- appraiser (UI): re-appraise 1.3 to 1 point, reappraise, finalise, publish
      page = appraiser.page;
      await page.goto(`/chi-so/danh-gia/${id}/tham-dinh`);
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã giải trình');
      await expect(row(page, 'appraisal-tree', '1.3').getByTestId('explanation')).toContainText(
        'Đơn vị đã kiểm tra 2 đơn vị trực thuộc',
      );
      await row(page, 'appraisal-tree', '1.3').getByTestId('appraise-button').click();
      form = page.getByTestId('appraise-form');
      await form.getByRole('spinbutton').fill('1');
      await form.getByTestId('appraise-comment').fill('Chấp nhận một phần giải trình');
      const r13 = page.waitForResponse(isPut(id, '1.3', 'appraisal'));
      await page.getByTestId('appraise-save').click();
      await expectOk(await r13);
      await expect(row(page, 'appraisal-tree', '1.3').getByTestId('reappraised-score')).toHaveText('1');
      await step(page, id, 'reappraise');
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã thẩm định lại');
      await step(page, id, 'finalise');
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã chốt kết quả');
      // 3.5 + 4 + 1 = 8.5 of 10
      await expect(page.getByTestId('totals-current')).toContainText('8,5/10');
      await step(page, id, 'publish');
      await expect(page.getByTestId('assessment-status')).toHaveText('Đã công bố');
      await expect(page.getByTestId('workflow-actions')).toHaveCount(0);

      // --- ranking (UI, the leader: published results are visible to everyone)
      page = leader.page;
      const ranked = page.waitForResponse(
        (r) => r.url().includes(`${API}/rankings?`) && new URL(r.url()).searchParams.get('year') === String(year),
      );
      await page.goto(`/chi-so/xep-hang?year=${year}&level=${LEVEL}`);
      await expectOk(await ranked);
      const rankRow = page.getByTestId('ranking-table').locator(`tr[data-row-key="${id}"]`);
      await expect(rankRow).toBeVisible();
      await expect(rankRow.getByTestId('ranking-unit')).not.toBeEmpty();
      await expect(rankRow.getByTestId('ranking-percent')).toHaveText('85%');
      await expect(rankRow.getByTestId('rank-group')).toHaveText('Nhóm B (80% – < 90%)');
      await expect(page.getByTestId('ranking-chart')).toBeVisible();

      // --- and the result per field
      await rankRow.getByTestId('ranking-unit').click();
      await expect(page).toHaveURL(new RegExp(`/chi-so/danh-gia/${id}/ket-qua$`));
      await expect(page.getByTestId('result-fields').locator('tr[data-row-key="1"]')).toContainText('8,5');
      await expect(page.getByTestId('result-total')).toContainText('85%');
    } finally {
      await leader.context.close();
      await appraiser.context.close();
    }
  });
});
