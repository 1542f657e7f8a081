import { expect, test } from '@playwright/test';
import {
  bearer,
  expectProblem,
  expectRequestId,
  newProcedure,
  PUBLICATION,
  tokenFor,
  type NewProcedure,
} from './support';

/**
 * The first vertical slice through the real stack: Keycloak → gateway → procedures service
 * → outbox → Kafka → dossiers service.
 */
test.describe.serial('procedure catalogue slice', () => {
  let catalogueToken: string;
  let officerToken: string;
  let proc: NewProcedure;
  let suffix: string;

  test.beforeAll(async ({ request }) => {
    catalogueToken = await tokenFor(request, 'catalogue');
    officerToken = await tokenFor(request, 'officer');
    ({ body: proc, token: suffix } = newProcedure());
  });

  test('catalogue creates a procedure: 201, DRAFT', async ({ request }) => {
    const res = await request.post('/api/v1/procedures', { headers: bearer(catalogueToken), data: proc });
    expect(res.status(), await res.text()).toBe(201);
    expectRequestId(res);
    const body = await res.json();
    expect(body).toMatchObject({
      code: proc.code,
      name: proc.name,
      field: 'Hộ tịch',
      levels: ['COMMUNE'],
      state: 'DRAFT',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    });
  });

  test('the same code again: 409', async ({ request }) => {
    const res = await request.post('/api/v1/procedures', { headers: bearer(catalogueToken), data: proc });
    expect(res.status(), await res.text()).toBe(409);
    expectRequestId(res);
  });

  test('catalogue publishes it: 200, IN_FORCE', async ({ request }) => {
    const res = await request.post(`/api/v1/procedures/${encodeURIComponent(proc.code)}/publication`, {
      headers: bearer(catalogueToken),
      data: PUBLICATION,
    });
    expect(res.status(), await res.text()).toBe(200);
    expectRequestId(res);
    expect(await res.json()).toMatchObject({ code: proc.code, state: 'IN_FORCE' });
  });

  test('publishing twice: 409', async ({ request }) => {
    const res = await request.post(`/api/v1/procedures/${encodeURIComponent(proc.code)}/publication`, {
      headers: bearer(catalogueToken),
      data: PUBLICATION,
    });
    expect(res.status(), await res.text()).toBe(409);
    expectRequestId(res);
  });

  test('the dossiers service receives it through Kafka (within 30 s)', async ({ request }) => {
    const url = `/api/v1/dossiers/catalogue/${encodeURIComponent(proc.code)}`;
    await expect
      .poll(async () => (await request.get(url, { headers: bearer(officerToken) })).status(), {
        timeout: 30_000,
        intervals: [250, 500, 1000],
        message: `GET ${url} until 200`,
      })
      .toBe(200);
    const res = await request.get(url, { headers: bearer(officerToken) });
    expectRequestId(res);
    expect(await res.json()).toMatchObject({
      code: proc.code,
      name: proc.name,
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    });

    // and it is in the paged list the SPA shows
    const list = await request.get('/api/v1/dossiers/catalogue?page=0&size=20', { headers: bearer(officerToken) });
    expect(list.status(), await list.text()).toBe(200);
    expectRequestId(list);
    const page = await list.json();
    expect(Array.isArray(page.items)).toBe(true);
    expect(typeof page.total).toBe('number');
  });

  test('public search ignores Vietnamese diacritics', async ({ request }) => {
    const q = `dang ky khai sinh thu nghiem ${suffix}`;
    const res = await request.get('/api/v1/procedures', { params: { q, page: 0, size: 20 } }); // no token
    expect(res.status(), await res.text()).toBe(200);
    expectRequestId(res);
    const page = await res.json();
    expect(page).toMatchObject({ page: 0, size: 20 });
    const hit = (page.items as { code: string }[]).find((i) => i.code === proc.code);
    expect(hit, `search "${q}" finds ${proc.code}`).toMatchObject({
      code: proc.code,
      name: proc.name,
      field: 'Hộ tịch',
      state: 'IN_FORCE',
      processingTime: { value: 3, unit: 'WORKING_DAYS' },
    });
    expect(page.total).toBeGreaterThanOrEqual(1);
  });

  test('the public procedure page shows it without login', async ({ page }) => {
    await page.goto(`/thu-tuc?q=${encodeURIComponent(`thu nghiem ${suffix}`)}`);
    const table = page.getByTestId('procedure-table');
    await expect(table).toBeVisible();
    const row = table.locator(`tr[data-row-key="${proc.code}"]`);
    await expect(row).toContainText(proc.name);
    await expect(row).toContainText('Hộ tịch');
    await expect(row).toContainText('3 ngày làm việc');
    await expect(page.getByTestId('api-error')).toHaveCount(0);
  });
});

test.describe('errors are problem+json', () => {
  test('creating without a token: 401', async ({ request }) => {
    await expectProblem(await request.post('/api/v1/procedures', { data: newProcedure().body }), 401);
  });

  test('creating as officer: 403', async ({ request }) => {
    const officer = await tokenFor(request, 'officer');
    await expectProblem(
      await request.post('/api/v1/procedures', { headers: bearer(officer), data: newProcedure().body }),
      403,
    );
  });

  test('creating without a name: 400 naming the field', async ({ request }) => {
    const catalogue = await tokenFor(request, 'catalogue');
    const { name: _omitted, ...withoutName } = newProcedure().body;
    void _omitted;
    const body = await expectProblem(
      await request.post('/api/v1/procedures', { headers: bearer(catalogue), data: withoutName }),
      400,
    );
    const violations = (body.violations ?? []) as { field?: string; message?: string }[];
    expect(Array.isArray(violations), JSON.stringify(body)).toBe(true);
    const fields = violations.map((v) => v.field ?? '');
    expect(
      fields.some((f) => /(^|\.)name$/.test(f)),
      `violations ${JSON.stringify(violations)}`,
    ).toBe(true);
  });

  test('dossier catalogue without a token: 401', async ({ request }) => {
    await expectProblem(await request.get('/api/v1/dossiers/catalogue'), 401);
  });
});

test.describe('gateway', () => {
  test('serves the procedures OpenAPI document', async ({ request }) => {
    const res = await request.get('/api/v1/procedures/openapi');
    expect(res.status()).toBe(200);
    expectRequestId(res);
    const text = await res.text();
    let version: string | undefined;
    try {
      version = (JSON.parse(text) as { openapi?: string }).openapi;
    } catch {
      version = /^openapi:\s*["']?([\d.]+)/m.exec(text)?.[1];
    }
    expect(version, text.slice(0, 200)).toMatch(/^3\./);
    expect(text).toContain('/procedures');
  });

  test('tags every response with X-Request-Id, also the SPA and its client routes', async ({ request }) => {
    for (const path of ['/', '/thu-tuc', '/ho-so/danh-muc-thu-tuc', '/api/v1/procedures?page=0&size=1']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expectRequestId(res);
    }
    // client-side routes fall back to the SPA's index.html
    const html = await (await request.get('/ho-so')).text();
    expect(html).toContain('<div id="root">');
  });
});
