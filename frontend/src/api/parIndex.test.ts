import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APPRAISAL_WORK_COUNT_LINKS,
  checkTree,
  getAppraisalWorkCounts,
  isAppraisalWorkCounts,
  evidenceContentType,
  formatChange,
  importContentType,
  importCriteriaSet,
  parsePeriod,
  previewScore,
  periodParam,
  rankGroupOf,
  replaceTree,
  takeAction,
  toNodeInput,
  uploadEvidence,
  XLSX_TYPE,
  type CriteriaNode,
} from './parIndex';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(
    async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const call = (i = 0) => {
  const [url, init] = fetchMock.mock.calls[i];
  return { url: String(url), init: init!, headers: init!.headers as Record<string, string> };
};

const leaf = (code: string, maxPoints: number, type: CriteriaNode['rule'] = { type: 'MANUAL' }): CriteriaNode => ({
  code,
  name: `Tiêu chí ${code}`,
  maxPoints,
  method: 'SELF_APPRAISED',
  rule: type,
  children: [],
});

describe('trees', () => {
  it('toNodeInput drops method and rule of inner nodes and trims texts', () => {
    const n = toNodeInput({
      code: ' 1 ',
      name: ' A ',
      maxPoints: 2,
      method: 'SELF_APPRAISED',
      rule: { type: 'MANUAL' },
      children: [leaf('1.1', 2)],
    });
    expect(n).toMatchObject({ code: '1', name: 'A', method: null, rule: null, indicatorKey: null });
    expect(n.children[0]).toMatchObject({ code: '1.1', method: 'SELF_APPRAISED', rule: { type: 'MANUAL' } });
  });
});

describe('helpers', () => {
  it('periods, groups, changes and content types', () => {
    expect(periodParam('month', 2026, 5)).toBe('2026-05');
    expect(periodParam('quarter', 2026, 2)).toBe('2026-Q2');
    expect(periodParam('year', 2026)).toBe('2026');
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, part: 3 });
    expect(parsePeriod('2026-13')).toBeNull();
    expect([rankGroupOf(90), rankGroupOf(89.99), rankGroupOf(80), rankGroupOf(79.5), rankGroupOf(null)]).toEqual([
      'A',
      'B',
      'B',
      'C',
      null,
    ]);
    expect(formatChange(2.5, 'vi')).toBe('+2,5');
    expect(formatChange(-1, 'vi')).toBe('−1');
    expect(importContentType({ name: 'bo.xlsx', type: '' })).toBe(XLSX_TYPE);
    expect(importContentType({ name: 'bo.json', type: '' })).toBe('application/json');
    expect(evidenceContentType({ name: 'Biên bản.PDF', type: '' })).toBe('application/pdf');
    expect(evidenceContentType({ name: 'a.png', type: 'image/png' })).toBe('image/png');
  });
});

describe('requests', () => {
  it("asks the appraiser's work counts with the token; each links to the assessment list by status", async () => {
    await getAppraisalWorkCounts('tok');
    expect(call(0).url).toBe('/api/v1/par-index/work-counts');
    expect(call(0).headers.Authorization).toBe('Bearer tok');
    expect(APPRAISAL_WORK_COUNT_LINKS).toEqual({
      waitingAppraisal: '/chi-so?status=SUBMITTED',
      waitingReappraisal: '/chi-so?status=EXPLANATION',
    });
    expect(isAppraisalWorkCounts({ province: 'H99', waitingAppraisal: 0, waitingReappraisal: 3 })).toBe(true);
    expect(isAppraisalWorkCounts({})).toBe(false);
  });
  it('asks the server to score a value (the SPA scores nothing itself)', async () => {
    await previewScore(12, '1.1.1', 7.5, 'tok');
    await previewScore(12, '1.1.1', null, 'tok');
    expect(call(0).url).toBe('/api/v1/par-index/criteria-sets/12/criteria/1.1.1/score-preview');
    expect(call(0).init.method).toBe('POST');
    expect(JSON.parse(String(call(0).init.body))).toEqual({ value: 7.5 });
    expect(JSON.parse(String(call(1).init.body))).toEqual({ value: null });
  });
  it('asks the server to check a tree, with the body of the save (the SPA adds up no totals itself)', async () => {
    const fields = [
      {
        code: ' 1 ',
        name: 'A',
        maxPoints: 2,
        method: 'SELF_APPRAISED' as const,
        rule: { type: 'MANUAL' as const },
        children: [leaf('1.1', 2)],
      },
    ];
    await checkTree(12, fields, 'tok');
    await replaceTree(12, fields, 'tok');
    expect(call(0).url).toBe('/api/v1/par-index/criteria-sets/12/tree-check');
    expect(call(0).init.method).toBe('POST');
    expect(JSON.parse(String(call(0).init.body))).toEqual(JSON.parse(String(call(1).init.body)));
    expect(JSON.parse(String(call(0).init.body)).fields[0]).toMatchObject({ code: '1', method: null, rule: null });
  });
  it('submit sends the confirmed criteria; other steps an empty JSON body', async () => {
    await takeAction(7, 'submit', 'tok', ['1.1.1']);
    await takeAction(7, 'finalise', 'tok');
    expect(call(0).url).toBe('/api/v1/par-index/assessments/7/actions/submit');
    expect(call(0).init.method).toBe('POST');
    expect(call(0).headers.Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(call(0).init.body))).toEqual({ confirmMissingEvidence: ['1.1.1'] });
    expect(call(1).url).toBe('/api/v1/par-index/assessments/7/actions/finalise');
    expect(JSON.parse(String(call(1).init.body))).toEqual({});
  });
  it('uploads evidence as the raw file with its type and name', async () => {
    const file = new File(['%PDF'], 'Biên bản họp.pdf', { type: 'application/pdf' });
    await uploadEvidence(7, file, 'tok');
    expect(call().url).toBe('/api/v1/par-index/assessments/7/evidence?filename=Bi%C3%AAn+b%E1%BA%A3n+h%E1%BB%8Dp.pdf');
    expect(call().init.method).toBe('POST');
    expect(call().init.body).toBe(file);
    expect(call().headers['Content-Type']).toBe('application/pdf');
  });
  it('imports a set with the Content-Type of its file and replaces a tree with PUT', async () => {
    const xlsx = new File(['x'], 'bo-tieu-chi.xlsx');
    await importCriteriaSet(xlsx, 'tok');
    expect(call(0).url).toBe('/api/v1/par-index/criteria-sets/import');
    expect(call(0).headers['Content-Type']).toBe(XLSX_TYPE);
    await replaceTree(3, [leaf('1', 100)], 'tok');
    expect(call(1).url).toBe('/api/v1/par-index/criteria-sets/3/tree');
    expect(call(1).init.method).toBe('PUT');
    expect(JSON.parse(String(call(1).init.body)).fields[0]).toMatchObject({
      code: '1',
      maxPoints: 100,
      rule: { type: 'MANUAL' },
    });
  });
});
