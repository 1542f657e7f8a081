/// <reference lib="dom" />
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { bearer, loginAs, randomDigits, tokenFor } from './support';

/**
 * Every page of the SPA, public and staff, at a phone (360×800) and a desktop (1440×900) size (issue 17):
 * - nothing wider than the viewport (`document.scrollingElement.scrollWidth <= innerWidth`; if not, the widest
 *   element sticking out is named in the failure),
 * - exactly one `h1`,
 * - axe-core (WCAG 2.1 A/AA rules) finds no serious or critical violation,
 * - with RESPONSIVE_SHOTS=1, a full-page screenshot of each page and size attached to the test
 *   (test-results/…/*.png; off by default: encoding ~100 full pages cost the CI's two cores minutes, and a failed
 *   test keeps its own screenshot anyway, playwright.config.ts).
 * Checks are soft: one run reports every page. With RESPONSIVE_REPORT=<file> each page's figures are appended
 * to that file as JSON lines (used to compare a build before and after a change).
 * Also: the catalogue's height at 390 px, and the one-stop desk's receive form used with the keyboard alone.
 */

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

const SEEDED_PROCEDURE = '1.001193.000.00.00.H99'; // Đăng ký khai sinh, in the demo catalogue
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface PageSpec {
  name: string;
  path: string;
  /** Brings the page into the state to check (e.g. a search submitted); runs after the h1 is there. */
  prepare?: (page: Page) => Promise<void>;
}

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  scrollHeight: number;
  widest?: string;
}

/** The page's scroll width and, when it is wider than the window, the element sticking out furthest. */
async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const se = document.scrollingElement ?? document.documentElement;
    const vw = window.innerWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox !== 'visible') return true;
      }
      return false;
    };
    let widest: { el: Element; right: number } | undefined;
    if (se.scrollWidth > vw) {
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= vw + 0.5 || clipped(el)) continue;
        if (!widest || r.right > widest.right) widest = { el, right: r.right };
      }
    }
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const tid = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const r = el.getBoundingClientRect();
      return `<${el.tagName.toLowerCase()}${id}${cls}${tid ? ` data-testid=${tid}` : ''}> ${Math.round(r.width)} px wide, right edge at ${Math.round(r.right)} px: "${text}"`;
    };
    return {
      scrollWidth: se.scrollWidth,
      innerWidth: vw,
      scrollHeight: se.scrollHeight,
      widest: widest ? describe(widest.el) : undefined,
    };
  });
}

/** Waits for the page to settle: its h1 (or a timeout, reported by the soft check), no spinner, quiet network. */
async function settle(page: Page): Promise<void> {
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  await expect(page.locator('.ant-spin-spinning'))
    .toHaveCount(0, { timeout: 10_000 })
    .catch(() => {});
}

interface AxeFinding {
  id: string;
  impact: string;
  nodes: number;
  target: string;
}

async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      target: v.nodes[0]?.target.join(' ') ?? '',
    }));
}

function report(line: Record<string, unknown>): void {
  const file = process.env.RESPONSIVE_REPORT;
  if (file) fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** Checks one page at one size: overflow, one h1, axe; saves a screenshot. */
async function checkPage(page: Page, testInfo: TestInfo, role: string, spec: PageSpec, vp: Viewport) {
  await page.setViewportSize({ width: vp.width, height: vp.height });
  await page.goto(spec.path);
  await settle(page);
  if (spec.prepare) {
    await spec.prepare(page);
    await settle(page);
  }
  const label = `${role} ${spec.name} @${vp.name} (${spec.path})`;
  const overflow = await measureOverflow(page);
  const h1 = await page.locator('h1').count();
  const axe = await seriousAxeViolations(page);
  if (process.env.RESPONSIVE_SHOTS) {
    const shot = testInfo.outputPath(`${role}-${spec.name}-${vp.name}.png`.replace(/[^\w.-]+/g, '_'));
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach(`${role} ${spec.name} ${vp.name}`, { path: shot, contentType: 'image/png' });
  }
  report({ role, page: spec.name, path: spec.path, viewport: vp.name, ...overflow, h1, axe });

  expect
    .soft(overflow.scrollWidth, `${label}: wider than the window; widest: ${overflow.widest ?? '?'}`)
    .toBeLessThanOrEqual(overflow.innerWidth);
  expect.soft(h1, `${label}: number of h1`).toBe(1);
  expect.soft(axe, `${label}: serious/critical axe violations`).toEqual([]);
}

async function checkAll(page: Page, testInfo: TestInfo, role: string, specs: PageSpec[]) {
  for (const spec of specs) {
    for (const vp of VIEWPORTS) {
      await test.step(`${spec.name} @${vp.name}`, () => checkPage(page, testInfo, role, spec, vp));
    }
  }
}

async function firstItem<T>(request: APIRequestContext, token: string, url: string): Promise<T | undefined> {
  const res = await request.get(url, { headers: bearer(token) });
  if (res.status() !== 200) return undefined;
  const body = (await res.json()) as { items?: T[] } | T[];
  return Array.isArray(body) ? body[0] : body.items?.[0];
}

/** A dossier received now at Xã An Phú's one-stop with a known phone (for public tracking and rating). */
async function receiveDossier(request: APIRequestContext): Promise<{ code: string; last4: string }> {
  const officer = await tokenFor(request, 'officer');
  const phone = `09${randomDigits(8)}`;
  const res = await request.post('/api/v1/dossiers', {
    headers: bearer(officer),
    data: {
      procedureCode: SEEDED_PROCEDURE,
      receivingUnitCode: 'H99.X01.MC',
      decidingUnitCode: 'H99.X01',
      channel: 'DIRECT',
      applicant: { name: 'Trần Thị Kiểm Thử', phone },
      components: [{ name: 'Tờ khai đăng ký khai sinh', copies: 1 }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { code: ((await res.json()) as { code: string }).code, last4: phone.slice(-4) };
}

test.describe('every page at 360×800 and 1440×900: no overflow, one h1, no serious axe violation', () => {
  test.describe.configure({ timeout: 600_000 });

  test('public pages (anonymous)', async ({ page, request }, testInfo) => {
    const { code, last4 } = await receiveDossier(request);
    await checkAll(page, testInfo, 'anonymous', [
      { name: 'home', path: '/' },
      { name: 'catalogue', path: '/thu-tuc' },
      { name: 'catalogue-search', path: '/thu-tuc?q=khai%20sinh' },
      { name: 'procedure', path: `/thu-tuc/${encodeURIComponent(SEEDED_PROCEDURE)}` },
      { name: 'tracking', path: '/tra-cuu' },
      {
        name: 'tracking-result',
        path: `/tra-cuu?ma=${encodeURIComponent(code)}`,
        prepare: async (p) => {
          await p.getByTestId('tracking-phone').fill(last4);
          await p.getByTestId('tracking-submit').click();
          await expect(p.getByTestId('tracking-result')).toBeVisible();
        },
      },
      { name: 'rating', path: `/danh-gia/${encodeURIComponent(code)}` },
      { name: 'not-found', path: '/khong-co-trang-nay' },
    ]);
  });

  test('citizen pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'citizen');
    const token = await tokenFor(request, 'citizen');
    const mine = await firstItem<{ code: string }>(request, token, '/api/v1/dossiers/mine?size=5');
    const specs: PageSpec[] = [
      { name: 'home', path: '/' },
      { name: 'my-dossiers', path: '/ho-so-cua-toi' },
    ];
    if (mine) {
      specs.push(
        { name: 'my-tracking', path: `/tra-cuu?ma=${encodeURIComponent(mine.code)}&cua-toi=1` },
        { name: 'my-rating', path: `/danh-gia/${encodeURIComponent(mine.code)}?cua-toi=1` },
      );
    }
    await checkAll(page, testInfo, 'citizen', specs);
  });

  test('one-stop officer pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'officer');
    const token = await tokenFor(request, 'officer');
    const dossier = await firstItem<{ code: string }>(request, token, '/api/v1/dossiers?size=1');
    const specs: PageSpec[] = [
      { name: 'home', path: '/' },
      { name: 'worklist', path: '/ho-so' },
      { name: 'receive', path: '/ho-so/tiep-nhan' },
      { name: 'unit-catalogue', path: '/ho-so/danh-muc-thu-tuc' },
      { name: 'posting', path: '/niem-yet' },
      { name: 'posting-report', path: '/niem-yet/bao-cao' },
      { name: 'posting-unit', path: '/niem-yet/bao-cao/H99.X01.MC' },
      { name: 'calendar', path: '/quan-tri/lich-lam-viec' },
    ];
    if (dossier) specs.splice(3, 0, { name: 'dossier', path: `/ho-so/${encodeURIComponent(dossier.code)}` });
    await checkAll(page, testInfo, 'officer', specs);
  });

  test('leader pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'leader');
    const token = await tokenFor(request, 'leader');
    const assessment = await firstItem<{ id: number }>(request, token, '/api/v1/par-index/assessments?size=1');
    const specs: PageSpec[] = [
      { name: 'statistics', path: '/ho-so/thong-ke' },
      { name: 'inspections', path: '/kiem-tra' },
      { name: 'par-index', path: '/chi-so' },
      { name: 'ranking', path: '/chi-so/xep-hang' },
      { name: 'service-index', path: '/chi-so/chi-so-phuc-vu' },
    ];
    if (assessment) specs.push({ name: 'self-assessment', path: `/chi-so/danh-gia/${assessment.id}` });
    await checkAll(page, testInfo, 'leader', specs);
  });

  test('inspector pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'inspector');
    const token = await tokenFor(request, 'inspector');
    const plan = await firstItem<{ id: string }>(request, token, '/api/v1/inspections/plans');
    const inspection = await firstItem<{ id: string }>(request, token, '/api/v1/inspections');
    const specs: PageSpec[] = [
      { name: 'inspections', path: '/kiem-tra' },
      { name: 'new-plan', path: '/kiem-tra/ke-hoach/moi' },
    ];
    if (plan) specs.push({ name: 'plan', path: `/kiem-tra/ke-hoach/${encodeURIComponent(plan.id)}` });
    if (inspection) specs.push({ name: 'inspection', path: `/kiem-tra/${encodeURIComponent(inspection.id)}` });
    await checkAll(page, testInfo, 'inspector', specs);
  });

  test('appraiser pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'appraiser');
    const token = await tokenFor(request, 'appraiser');
    const assessment = await firstItem<{ id: number }>(request, token, '/api/v1/par-index/assessments?size=1');
    const specs: PageSpec[] = [
      { name: 'par-index', path: '/chi-so' },
      { name: 'surveys', path: '/chi-so/khao-sat' },
    ];
    if (assessment) {
      specs.push(
        { name: 'appraisal', path: `/chi-so/danh-gia/${assessment.id}/tham-dinh` },
        { name: 'result', path: `/chi-so/danh-gia/${assessment.id}/ket-qua` },
      );
    }
    await checkAll(page, testInfo, 'appraiser', specs);
  });

  test('catalogue administrator pages', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'catalogue');
    await checkAll(page, testInfo, 'catalogue', [
      { name: 'catalogue-admin', path: '/quan-tri-danh-muc' },
      { name: 'decisions', path: '/quan-tri-danh-muc?tab=decisions' },
      { name: 'import', path: '/quan-tri-danh-muc?tab=import' },
      { name: 'catalogue-staff', path: '/thu-tuc' },
      { name: 'posting-report', path: '/niem-yet/bao-cao' },
    ]);
  });

  test('administrator pages', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'admin');
    const token = await tokenFor(request, 'admin');
    const set = await firstItem<{ id: number }>(request, token, '/api/v1/par-index/criteria-sets?size=1');
    const specs: PageSpec[] = [
      { name: 'home', path: '/' },
      { name: 'content-groups', path: '/kiem-tra' },
      { name: 'criteria-sets', path: '/chi-so/bo-tieu-chi' },
      { name: 'calendar', path: '/quan-tri/lich-lam-viec' },
    ];
    if (set) specs.push({ name: 'criteria-set', path: `/chi-so/bo-tieu-chi/${set.id}` });
    await checkAll(page, testInfo, 'admin', specs);
  });
});

test('the catalogue on a 390 px phone: no sideways scrolling, height reported', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/thu-tuc');
  await settle(page);
  await expect(page.locator('[data-testid=procedure-table] a[data-testid=procedure-link]').first()).toBeVisible();
  const m = await measureOverflow(page);
  report({ role: 'anonymous', page: 'catalogue', path: '/thu-tuc', viewport: 'phone-390', ...m });
  await testInfo.attach('catalogue-390.json', { body: JSON.stringify(m), contentType: 'application/json' });
  console.log(`catalogue at 390×844: ${m.scrollHeight} px tall, ${m.scrollWidth - m.innerWidth} px of overflow`);
  expect(m.scrollWidth, `widest: ${m.widest ?? '?'}`).toBeLessThanOrEqual(m.innerWidth);
  // the header and menu leave the page's title within the first screenful's top quarter
  const h1Top = await page.locator('h1').evaluate((el) => el.getBoundingClientRect().top);
  expect(h1Top).toBeLessThan(844 / 4);
});

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

/** True when the focused element (or its antd wrapper) shows a focus ring (outline or box-shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    const wrapper = el.closest('.ant-input-affix-wrapper, .ant-select, .ant-picker, .ant-input-number');
    return shows(el) || (!!wrapper && shows(wrapper));
  });
}

test('the one-stop desk receives a dossier with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, 'officer');
  await page.goto('/ho-so/tiep-nhan');
  await expect(page.getByTestId('receive-form')).toBeVisible();
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});

  // from the top of the page: the skip link first, Enter jumps to the content
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  // procedure: typed and chosen with Enter in the search list
  await tabTo(page, '#procedureCode');
  expect(await focusVisible(page), 'focus ring on the procedure field').toBe(true);
  await page.keyboard.type('khai sinh');
  await expect(page.locator('.ant-select-item-option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('receive-procedure')).toContainText('khai sinh');
  // the components of the procedure come in
  await expect(page.getByTestId('receive-component-row').first()).toBeVisible();

  await tabTo(page, '#applicant_name');
  expect(await focusVisible(page), 'focus ring on the name field').toBe(true);
  await page.keyboard.type('Phạm Văn Bàn Phím');
  await tabTo(page, '#applicant_phone');
  await page.keyboard.type(`09${randomDigits(8)}`);
  await expect(page.getByTestId('due-preview-at')).toBeVisible();

  // the save button is reachable and shows its focus; Enter in a text field submits the form
  await tabTo(page, '[data-testid=receive-save]', 80);
  expect(await focusVisible(page), 'focus ring on the save button').toBe(true);
  await tabTo(page, '#applicant_phone', 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('receive-done')).toBeVisible();
  await expect(page.getByTestId('received-code')).not.toBeEmpty();
});
