import { afterEach, describe, expect, it, vi } from 'vitest';
import { withQuery } from './client';
import {
  catalogueWorkCountLinks,
  decisionFiltersFromParams,
  defaultReceivingPoint,
  getCatalogueWorkCounts,
  isCatalogueWorkCounts,
  listDecisions,
  discardDraft,
  filtersFromParams,
  filtersToParams,
  getAllUnits,
  getDraftTagged,
  importContentType,
  isUnder,
  saveDraft,
  searchQuery,
  startImport,
  unitsInScope,
} from './procedures';
import type { UnitView } from './types';

afterEach(() => vi.unstubAllGlobals());

const unit = (code: string, extra: Partial<UnitView> = {}): UnitView => ({
  code,
  name: code,
  kind: 'ONE_STOP',
  ...extra,
});

describe('search filters', () => {
  it('build the query string of GET /api/v1/procedures', () => {
    const url = (f: Parameters<typeof searchQuery>[0]) => withQuery('/api/v1/procedures', searchQuery(f));
    expect(url({})).toBe('/api/v1/procedures?page=0&size=20');
    expect(url({ q: '  dang ky khai sinh ', field: 'Hộ tịch', level: 'COMMUNE', agency: 'H99.X01', page: 2 })).toBe(
      '/api/v1/procedures?q=dang+ky+khai+sinh&field=H%E1%BB%99+t%E1%BB%8Bch&level=COMMUNE&agency=H99.X01&page=2&size=20',
    );
    expect(url({ state: 'DRAFT', asOf: '2026-03-01' })).toBe(
      '/api/v1/procedures?state=DRAFT&asOf=2026-03-01&page=0&size=20',
    );
  });

  it('are read from the URL; state only for staff; junk page → 0', () => {
    const params = new URLSearchParams(
      'q=ho+tich&field=H%E1%BB%99+t%E1%BB%8Bch&level=PROVINCE&state=DRAFT&page=x&tab=import',
    );
    expect(filtersFromParams(params)).toEqual({ q: 'ho tich', field: 'Hộ tịch', level: 'PROVINCE', page: 0 });
    expect(filtersFromParams(params, { allowState: true })).toMatchObject({ state: 'DRAFT' });
    expect(filtersFromParams(new URLSearchParams('page=3')).page).toBe(3);
  });

  it('are written back keeping other parameters and dropping empty ones', () => {
    const base = new URLSearchParams('tab=procedures&q=old&page=4');
    const p = filtersToParams({ q: '', level: 'COMMUNE', page: 0 }, base);
    expect(p.toString()).toBe('tab=procedures&level=COMMUNE');
    expect(filtersToParams({ agency: 'H99.SNV', page: 1 }).toString()).toBe('agency=H99.SNV&page=1');
  });
});

describe('import upload', () => {
  it('picks the Content-Type from the extension', () => {
    expect(importContentType({ name: 'a.CSV' })).toBe('text/csv');
    expect(importContentType({ name: 'a.json', type: 'text/plain' })).toBe('application/json');
    expect(importContentType({ name: 'danh-muc.xlsx' })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(importContentType({ name: 'x.txt', type: 'text/plain' })).toBe('text/plain');
    expect(importContentType({ name: 'noext' })).toBeUndefined();
  });

  it('POSTs the file itself with its type and X-File-Name', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('{"id":"j1","status":"RUNNING"}', {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = new File(['[]'], 'Danh mục.json', { type: '' });
    await expect(startImport(file, 'tok')).resolves.toMatchObject({ id: 'j1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/procedures/imports');
    expect(init.body).toBe(file);
    const h = init.headers as Record<string, string>;
    expect(h['Content-Type']).toBe('application/json');
    expect(h['X-File-Name']).toBe('Danh%20m%E1%BB%A5c.json');
  });
});

describe('units', () => {
  it('reads every page of GET /units', async () => {
    const pages = [
      { items: [unit('H99.X01.MC'), unit('H99.X02.MC')], page: 0, size: 100, total: 3 },
      { items: [unit('H99.TTPV')], page: 1, size: 100, total: 3 },
    ];
    const fetchMock = vi.fn(async (url: string) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      return new Response(JSON.stringify(pages[page]), { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const all = await getAllUnits({ kind: 'ONE_STOP' });
    expect(all.map((u) => u.code)).toEqual(['H99.X01.MC', 'H99.X02.MC', 'H99.TTPV']);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/v1/procedures/units?kind=ONE_STOP&page=0&size=100',
      '/api/v1/procedures/units?kind=ONE_STOP&page=1&size=100',
    ]);
  });

  it('knows which units lie under a unit', () => {
    expect(isUnder(unit('H99.X01.MC'), 'H99.X01')).toBe(true);
    expect(isUnder(unit('H99.X01'), 'H99.X01')).toBe(true);
    expect(isUnder(unit('H99.X010.MC'), 'H99.X01')).toBe(false);
    expect(isUnder(unit('MC-01', { parentCode: 'H99.X01' }), 'H99.X01')).toBe(true);
    expect(isUnder(unit('MC-02', { path: 'H99/H99.X02/MC-02' }), 'H99.X02')).toBe(true);
    expect(isUnder(unit('H99.X01.MC'), undefined)).toBe(false);
  });

  it('preselects the first receiving point under the user unit', () => {
    const points = [unit('H99.TTPV'), unit('H99.X01.MC'), unit('H99.X02.MC')];
    expect(defaultReceivingPoint(points, 'H99.X02')).toBe('H99.X02.MC');
    expect(defaultReceivingPoint(points, 'H99.SNV')).toBe('H99.TTPV');
    expect(defaultReceivingPoint(points, undefined)).toBe('H99.TTPV');
    expect(defaultReceivingPoint([], 'H99')).toBeUndefined();
  });

  it('limits the choice to the user subtree unless the role is province-wide', () => {
    const points = [unit('H99.TTPV'), unit('H99.X01.MC'), unit('H99.X02.MC')];
    expect(unitsInScope(points, 'H99.X01', false).map((u) => u.code)).toEqual(['H99.X01.MC']);
    expect(unitsInScope(points, 'H99.X01', true)).toHaveLength(3);
    expect(unitsInScope(points, 'H77', false)).toHaveLength(3);
  });
});

describe('draft writes are conditional (If-Match)', () => {
  it('reads the ETag with the draft and sends it back on PUT and DELETE', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ code: '1.0001.H99', name: 'Bản nháp' }), {
          status: 200,
          headers: { 'content-type': 'application/json', ETag: '"4"' },
        }),
      )
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ code: '1.0001.H99' }), {
          status: 200,
          headers: { 'content-type': 'application/json', ETag: '"5"' },
        }),
      )
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const draft = await getDraftTagged('1.0001.H99', 'tok');
    expect(draft).toMatchObject({ body: { name: 'Bản nháp' }, etag: '"4"' });
    await saveDraft('1.0001.H99', { code: '1.0001.H99', name: 'Sửa' } as never, 'tok', draft.etag);
    await discardDraft('1.0001.H99', 'tok', '"5"');
    const put = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(put[1].method).toBe('PUT');
    expect((put[1].headers as Record<string, string>)['If-Match']).toBe('"4"');
    const del = fetchMock.mock.calls[2] as unknown as [string, RequestInit];
    expect(del[1].method).toBe('DELETE');
    expect((del[1].headers as Record<string, string>)['If-Match']).toBe('"5"');
  });

  it('surfaces a stale tag as the server problem (412)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(JSON.stringify({ status: 412, title: 'Precondition failed', detail: 'ETag hiện tại là "6"' }), {
          status: 412,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    );
    await expect(saveDraft('1.0001.H99', { name: 'x' } as never, 'tok', '"4"')).rejects.toMatchObject({
      status: 412,
      detail: 'ETag hiện tại là "6"',
    });
  });
});

describe('catalogue work counts', () => {
  const counts = {
    province: 'H99',
    asOf: '2026-12-07',
    drafts: 1,
    decisionsTakingEffect: 0,
    effectiveFrom: '2026-12-07',
    effectiveTo: '2026-12-14',
    missingPostings: 5,
    stalePostings: 2,
  };

  it('are asked with the token, and each links to the list the server counted', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(counts), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await getCatalogueWorkCounts('tok');
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe('/api/v1/procedures/work-counts');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok');
    expect(catalogueWorkCountLinks(counts)).toEqual({
      drafts: '/quan-tri-danh-muc?state=DRAFT',
      decisionsTakingEffect:
        '/quan-tri-danh-muc?tab=decisions&catalogue=H99&effectiveFrom=2026-12-07&effectiveTo=2026-12-14',
      missingPostings: '/niem-yet/bao-cao',
      stalePostings: '/niem-yet/bao-cao',
    });
  });

  it('link to filters the lists read back from the URL', () => {
    const [, query] = catalogueWorkCountLinks(counts).decisionsTakingEffect.split('?');
    expect(decisionFiltersFromParams(new URLSearchParams(query))).toEqual({
      catalogue: 'H99',
      effectiveFrom: '2026-12-07',
      effectiveTo: '2026-12-14',
    });
    const [, drafts] = catalogueWorkCountLinks(counts).drafts.split('?');
    expect(filtersFromParams(new URLSearchParams(drafts), { allowState: true }).state).toBe('DRAFT');
    // a date that is not yyyy-MM-dd is dropped, not sent
    expect(decisionFiltersFromParams(new URLSearchParams('effectiveFrom=07/12/2026&effectiveTo=%20'))).toEqual({});
  });

  it('send the decision filters to GET /decisions', async () => {
    const fetchMock = vi.fn<typeof fetch>(
      async () => new Response(JSON.stringify({ items: [], page: 0, size: 10, total: 0 }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await listDecisions(1, 10, undefined, { effectiveFrom: '2026-12-07', catalogue: 'H99' });
    await listDecisions(0, 10);
    expect(String(fetchMock.mock.calls[0][0])).toBe(
      '/api/v1/procedures/decisions?effectiveFrom=2026-12-07&catalogue=H99&page=1&size=10',
    );
    expect(String(fetchMock.mock.calls[1][0])).toBe('/api/v1/procedures/decisions?page=0&size=10');
  });

  it('accept only an answer with every count and the window', () => {
    expect(isCatalogueWorkCounts(counts)).toBe(true);
    expect(isCatalogueWorkCounts({ ...counts, drafts: '1' })).toBe(false);
    expect(isCatalogueWorkCounts({ ...counts, effectiveTo: undefined })).toBe(false);
    expect(isCatalogueWorkCounts({ items: [], page: 0, size: 20, total: 0 })).toBe(false);
    expect(isCatalogueWorkCounts(null)).toBe(false);
  });
});
