import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { BASE_URL, bearer, expectProblem, randomDigits, tokenFor } from './support';

/**
 * No English reaches the Vietnamese UI (issue 15 §4, docs/adr/0015-server-languages.md): the server errors the UI
 * shows — a rating sent twice, a report over more than five years, a form that breaks the rules, a tracking lookup
 * that finds nothing, the gateway's own 401 and 404 — come back in Vietnamese, both when asked with
 * `Accept-Language: vi` (what the SPA sends) and when nothing is asked (the default), and with
 * `Accept-Language: en` in English. Every visible error text of the Vietnamese UI is collected and checked with a
 * small English-word detector.
 */
const DOSSIERS = `${BASE_URL}/api/v1/dossiers`;
const ENGLISH =
  /\b(the|must|not|has|have|already|invalid|found|dossier|is|are|only|your|cannot|no|of|with|at|least|most|required|should|unknown|before|after|between|one|or|and|rated|report|years)\b/i;

/** The user-facing texts of a problem: title, detail and each violation's message. */
function problemTexts(body: Record<string, unknown>): string[] {
  const violations = (body.violations as { message?: string }[] | undefined) ?? [];
  return [body.title, body.detail, ...violations.map((v) => v.message)].filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
}

function expectNoEnglish(texts: string[], where: string): void {
  for (const text of texts) {
    expect(text.match(ENGLISH), `${where}: English in "${text}"`).toBeNull();
  }
}

async function expectVietnamese(res: APIResponse, status: number, where: string): Promise<string[]> {
  const body = await expectProblem(res, status);
  expect(res.headers()['content-language'], `${where}: Content-Language`).toBe('vi');
  const texts = problemTexts(body);
  expect(texts.length, where).toBeGreaterThan(0);
  expectNoEnglish(texts, where);
  return texts;
}

/** Requests one failure three ways: as the Vietnamese SPA, without a language, and in English. */
async function inEachLanguage(
  send: (headers: Record<string, string>) => Promise<APIResponse>,
  status: number,
  where: string,
): Promise<void> {
  await expectVietnamese(await send({ 'Accept-Language': 'vi' }), status, `${where} (vi)`);
  await expectVietnamese(await send({}), status, `${where} (no Accept-Language)`);
  await expectVietnamese(
    await send({ 'Accept-Language': 'fr-FR, de;q=0.8' }),
    status,
    `${where} (a language not served)`,
  );
  const en = await send({ 'Accept-Language': 'en-US,en;q=0.9,vi;q=0.5' });
  const body = await expectProblem(en, status);
  expect(en.headers()['content-language'], `${where} (en): Content-Language`).toBe('en');
  expect(problemTexts(body).join(' '), `${where} (en)`).toMatch(/[a-z]{3,}/);
}

/** A dossier of H99.X01 received online, started and resolved: it can be rated once. */
async function resolvedDossier(request: APIRequestContext): Promise<{ code: string; phone: string }> {
  const officer = await tokenFor(request, 'officer');
  const phone = `09${randomDigits(8)}`;
  const created = await request.post(DOSSIERS, {
    headers: bearer(officer),
    data: {
      procedureCode: '1.001193.000.00.00.H99',
      receivingUnitCode: 'H99.X01.MC',
      decidingUnitCode: 'H99.X01',
      channel: 'ONLINE',
      applicant: { name: `Nguyễn Thị Ngôn Ngữ ${randomDigits(4)}`, phone, address: 'Thôn Một, xã Hai' },
      content: 'Đăng ký khai sinh (kiểm thử e2e ngôn ngữ)',
      components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
      returnMethod: 'ELECTRONIC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const code = ((await created.json()) as { code: string }).code;
  const act = async (user: string, action: string) => {
    const res = await request.post(`${DOSSIERS}/${encodeURIComponent(code)}/actions/${action}`, {
      headers: bearer(await tokenFor(request, user)),
      data: {},
    });
    expect(res.status(), `${action}: ${await res.text()}`).toBeLessThan(300);
  };
  await act('officer', 'start');
  await act('specialist', 'resolve');
  return { code, phone };
}

/** Every error or warning text the page shows. */
async function visibleErrorTexts(page: Page): Promise<string[]> {
  const texts = await page
    .locator(
      '.ant-alert:visible, .ant-form-item-explain-error:visible, .ant-message-notice:visible, [role="alert"]:visible',
    )
    .allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => t.length > 0);
}

test('server errors come back in Vietnamese unless English is asked for', async ({ request }) => {
  const officer = await tokenFor(request, 'officer');
  const leader = await tokenFor(request, 'leader');

  // a tracking lookup that finds nothing (404, dossiers)
  await inEachLanguage(
    (h) => request.get(`${DOSSIERS}/tracking/KHONG-CO-${randomDigits(6)}`, { headers: h, params: { phone: '1234' } }),
    404,
    'tracking 404',
  );
  // a form that breaks the rules (Bean Validation, dossiers)
  await inEachLanguage(
    (h) => request.post(DOSSIERS, { headers: { ...bearer(officer), ...h }, data: { channel: 'ONLINE' } }),
    400,
    'dossier form',
  );
  // a report over more than five years
  await inEachLanguage(
    (h) =>
      request.get(`${DOSSIERS}/reports/period`, {
        headers: { ...bearer(leader), ...h },
        params: { unit: 'H99.X01', from: '2015-01-01', to: '2025-12-31', groupBy: 'UNIT', format: 'json' },
      }),
    400,
    'report over five years',
  );
  // the gateway's own problems: no token, nothing at the path
  await inEachLanguage((h) => request.get(DOSSIERS, { headers: h }), 401, 'gateway 401');
  await inEachLanguage((h) => request.get(`${BASE_URL}/api/v1/khong-co-gi`, { headers: h }), 404, 'gateway 404');

  // a rating sent twice: the second is a 409 "Hồ sơ … đã được đánh giá."
  const { code, phone } = await resolvedDossier(request);
  const answers = { overall: 'SATISFIED' };
  const rate = (h: Record<string, string>) =>
    request.post(`${DOSSIERS}/ratings/${encodeURIComponent(code)}`, {
      headers: h,
      data: { phone: phone.slice(-4), answers },
    });
  expect((await rate({ 'Accept-Language': 'vi' })).status()).toBe(204);
  const twice = await expectVietnamese(await rate({ 'Accept-Language': 'vi' }), 409, 'rating twice');
  expect(twice.join(' ')).toContain(`Hồ sơ ${code} đã được đánh giá.`);
  const twiceEn = await expectProblem(await rate({ 'Accept-Language': 'en' }), 409);
  expect(twiceEn.detail).toBe(`Dossier ${code} has already been rated.`);
});

test('the Vietnamese UI shows no English error text', async ({ page, request }) => {
  await page.goto('/');
  // a tracking lookup that finds nothing
  await page.goto('/tra-cuu');
  await page.getByTestId('tracking-code').fill(`KHONG-CO-${randomDigits(6)}`);
  await page.getByTestId('tracking-phone').fill('1234');
  await page.getByTestId('tracking-submit').click();
  await expect(page.getByTestId('tracking-not-found')).toBeVisible();
  const seen: string[] = await visibleErrorTexts(page);

  // a dossier already rated: the page says so (in Vietnamese) once the phone digits are typed, before any question,
  // and offers no second rating (issue 17 §7: TrackingView.rated)
  const { code, phone } = await resolvedDossier(request);
  const first = await request.post(`${DOSSIERS}/ratings/${encodeURIComponent(code)}`, {
    data: { phone: phone.slice(-4), answers: { overall: 'SATISFIED' } },
  });
  expect(first.status(), await first.text()).toBe(204);
  await page.goto(`/danh-gia/${encodeURIComponent(code)}`);
  const groups = page.getByTestId('rating-criteria').getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  const looked = page.waitForResponse((r) => r.url().includes('/tracking/') && r.request().method() === 'GET');
  await page.getByTestId('rating-phone').fill(phone.slice(-4));
  const res = await looked;
  expect(res.status()).toBe(200);
  expect(await res.request().headerValue('accept-language')).toBe('vi');
  await expect(page.getByTestId('rating-rated-before')).toContainText('Hồ sơ này đã được đánh giá');
  await expect(page.getByTestId('rating-submit')).toBeDisabled();
  seen.push(...(await visibleErrorTexts(page)));

  // a form that breaks the server's rules: the wrong digits of the phone → 404 shown by the page
  await page.goto(`/danh-gia/${encodeURIComponent(code)}`);
  await expect(groups.first()).toBeVisible();
  for (let i = 0; i < count; i++) {
    await groups.nth(i).getByRole('radio').first().check();
  }
  await page.getByTestId('rating-phone').fill(phone.slice(-4) === '0000' ? '1111' : '0000');
  await page.getByTestId('rating-submit').click();
  await expect(page.getByTestId('rating-not-found')).toBeVisible();
  seen.push(...(await visibleErrorTexts(page)));

  expect(seen.length).toBeGreaterThan(0);
  expectNoEnglish(seen, 'Vietnamese UI');
});
