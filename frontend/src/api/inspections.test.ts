import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import {
  conclusionFilterFrom,
  findingDefaults,
  getInspectionWorkCounts,
  isInspectionWorkCounts,
  listInspectionsPage,
  listRemediationPage,
  formatFigure,
  getConclusion,
  getPlanRemediation,
  getSelfReport,
  inspectionAction,
  inspectionPath,
  lifecycleActions,
  listInspections,
  listPlans,
  pullFigure,
  remediationActions,
  remediationPercent,
  remediationRowClass,
  sourceKey,
  splitLate,
  uploadRemediationDocument,
  type ChecklistGroup,
  type LateDossierView,
} from './inspections';
import { json, problem } from '../test/render';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const call = (i = 0) => {
  const [url, init] = fetchMock.mock.calls[i];
  return { url: String(url), method: init?.method, body: init?.body, headers: init?.headers as Record<string, string> };
};

describe('inspections API calls', () => {
  it('lists plans of a year and inspections by plan/status, with the bearer token', async () => {
    fetchMock.mockImplementation(async () => json([]));
    await listPlans(2026, 'tok');
    await listPlans(undefined, 'tok');
    await listInspections({ planId: 'p-1', status: 'ENDED' }, 'tok');
    expect(call(0).url).toBe('/api/v1/inspections/plans?year=2026');
    expect(call(0).headers.Authorization).toBe('Bearer tok');
    expect(call(1).url).toBe('/api/v1/inspections/plans');
    expect(call(2).url).toBe('/api/v1/inspections?planId=p-1&status=ENDED');
  });

  it('sends the lifecycle actions as POST: end with {endedOn} or {}, start/cancel without a body', async () => {
    fetchMock.mockImplementation(async () => json({}));
    await inspectionAction('a b', 'start', 't');
    await inspectionAction('i-1', 'end', 't', '2026-03-12');
    await inspectionAction('i-1', 'end', 't');
    await inspectionAction('i-1', 'cancel', 't');
    expect(call(0)).toMatchObject({ url: '/api/v1/inspections/a%20b/start', method: 'POST', body: undefined });
    expect(call(1)).toMatchObject({
      url: '/api/v1/inspections/i-1/end',
      method: 'POST',
      body: '{"endedOn":"2026-03-12"}',
    });
    expect(call(2).body).toBe('{}');
    expect(call(3)).toMatchObject({ url: '/api/v1/inspections/i-1/cancel', method: 'POST', body: undefined });
  });

  it('pulls a figure with or without asOf, and filters the plan tracker to overdue items', async () => {
    fetchMock.mockImplementation(async () => json({}));
    await pullFigure('i-1', 'f-1', 'dossiers.onTimeRate', undefined, 't');
    await pullFigure('i-1', 'f-1', 'dossiers.onTimeRate', '2026-03-05', 't');
    await getPlanRemediation('p-1', true, 't');
    await getPlanRemediation('p-1', false, 't');
    expect(call(0)).toMatchObject({
      url: '/api/v1/inspections/i-1/findings/f-1/figures',
      method: 'POST',
      body: '{"key":"dossiers.onTimeRate"}',
    });
    expect(JSON.parse(String(call(1).body))).toEqual({ key: 'dossiers.onTimeRate', asOf: '2026-03-05' });
    expect(call(2).url).toBe('/api/v1/inspections/plans/p-1/remediation?overdue=true');
    expect(call(3).url).toBe('/api/v1/inspections/plans/p-1/remediation');
  });

  it('asks the work counts and the lists they link to: inspections by conclusion, overdue remediation', async () => {
    fetchMock.mockImplementation(async () => json({ items: [], page: 0, size: 20, total: 0 }));
    await getInspectionWorkCounts('t');
    await listInspectionsPage({ conclusion: 'OVERDUE' }, 0, 20, 't');
    await listRemediationPage(true, 1, 50, 't');
    await listRemediationPage(false, 0, 20, 't');
    expect(call(0).url).toBe('/api/v1/inspections/work-counts');
    expect(call(0).headers.Authorization).toBe('Bearer t');
    expect(call(1).url).toBe('/api/v1/inspections?conclusion=OVERDUE&page=0&size=20');
    expect(call(2).url).toBe('/api/v1/inspections/remediation?overdue=true&page=1&size=50');
    expect(call(3).url).toBe('/api/v1/inspections/remediation?page=0&size=20');
    expect(conclusionFilterFrom(new URLSearchParams('conclusion=DUE'))).toBe('DUE');
    expect(conclusionFilterFrom(new URLSearchParams('conclusion=late'))).toBeUndefined();
    expect(isInspectionWorkCounts({ conclusionsDue: 1, conclusionsOverdue: 0, remediationOverdue: 2 })).toBe(true);
    expect(isInspectionWorkCounts({ items: [] })).toBe(false);
  });

  it('uploads evidence as multipart without forcing a content type', async () => {
    fetchMock.mockResolvedValue(json({ id: 'd-1', filename: 'x.pdf' }, 201));
    await uploadRemediationDocument('i-1', 'r-1', new File(['x'], 'bao-cao.pdf', { type: 'application/pdf' }), 't');
    const c = call();
    expect(c).toMatchObject({ url: '/api/v1/inspections/i-1/remediation/r-1/documents', method: 'POST' });
    expect(c.body).toBeInstanceOf(FormData);
    expect(((c.body as FormData).get('file') as File).name).toBe('bao-cao.pdf');
    expect(c.headers['Content-Type']).toBeUndefined();
  });

  it('answers null for a missing self-report or conclusion (404), and throws other problems', async () => {
    fetchMock.mockResolvedValueOnce(problem(404, 'Not Found'));
    expect(await getSelfReport('i-1', 't')).toBeNull();
    fetchMock.mockResolvedValueOnce(problem(404, 'Not Found'));
    expect(await getConclusion('i-1', 't')).toBeNull();
    fetchMock.mockResolvedValueOnce(problem(403, 'Forbidden', { detail: 'no' }));
    const err = await getConclusion('i-1', 't').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(403);
  });
});

describe('inspections rules', () => {
  it('formats figures with the Vietnamese decimal comma and their unit', () => {
    expect(formatFigure({ value: 83.33, unit: '%' })).toBe('83,33%');
    expect(formatFigure({ value: '1234.5', unit: 'hồ sơ' })).toBe('1.234,5 hồ sơ');
    expect(formatFigure({ value: 83.333, unit: '%' }, 'en')).toBe('83.33%');
    expect(formatFigure({ value: 'x', unit: '%' })).toBe('—');
  });

  it('offers lifecycle and remediation actions by status and role', () => {
    expect(lifecycleActions('PLANNED')).toEqual(['start', 'cancel']);
    expect(lifecycleActions('IN_PROGRESS')).toEqual(['end']);
    expect(lifecycleActions('CONCLUDED')).toEqual([]);
    expect(remediationActions({ status: 'OPEN' }, ['leader'])).toEqual(['report']);
    expect(remediationActions({ status: 'OPEN' }, ['inspector'])).toEqual([]);
    expect(remediationActions({ status: 'REPORTED' }, ['inspector'])).toEqual(['complete', 'return']);
    expect(remediationActions({ status: 'REPORTED' }, ['leader'])).toEqual([]);
    expect(remediationActions({ status: 'COMPLETED' }, ['inspector', 'leader'])).toEqual([]);
  });

  it('highlights overdue rows and computes progress', () => {
    expect(remediationRowClass({ overdue: true })).toContain('dossier-row-overdue');
    expect(remediationRowClass({ overdue: false })).toBe('');
    expect(remediationPercent({ remediationTotal: 4, remediationCompleted: 1 })).toBe(25);
    expect(remediationPercent({ remediationTotal: 0, remediationCompleted: 0 })).toBe(0);
  });

  it('splits late dossiers by apology and names sources', () => {
    const rows = [
      { code: 'a', withApology: true },
      { code: 'b', withApology: false },
    ] as LateDossierView[];
    expect(splitLate(rows).withApology.map((r) => r.code)).toEqual(['a']);
    expect(splitLate(rows).withoutApology.map((r) => r.code)).toEqual(['b']);
    expect(sourceKey('cchc.posting.v1')).toBe('posting');
    expect(sourceKey('other')).toBeUndefined();
  });

  it('suggests the checklist item a figure documents', () => {
    const groups: ChecklistGroup[] = [
      { code: 'CHI_DAO_DIEU_HANH', nameVi: 'A', items: [{ itemId: 4, code: 'TU_CHAM_DIEM', textVi: '', findings: 0 }] },
      {
        code: 'TTHC_MOT_CUA',
        nameVi: 'B',
        items: [
          { itemId: 9, code: 'NIEM_YET', textVi: '', findings: 0 },
          { itemId: 10, code: 'HO_SO_TRE_HAN', textVi: '', findings: 0 },
        ],
      },
    ];
    expect(findingDefaults('lateDossiers.withoutApology', groups)).toEqual({ groupCode: 'TTHC_MOT_CUA', itemId: 10 });
    expect(findingDefaults('posting.missing', groups)).toEqual({ groupCode: 'TTHC_MOT_CUA', itemId: 9 });
    expect(findingDefaults('parIndex.criteriaWithoutEvidence', groups)).toEqual({
      groupCode: 'CHI_DAO_DIEU_HANH',
      itemId: 4,
    });
    expect(findingDefaults('unknown', groups)).toEqual({ groupCode: 'CHI_DAO_DIEU_HANH', itemId: undefined });
    expect(findingDefaults('posting.missing', [])).toEqual({});
    expect(inspectionPath('i 1', 'evidence')).toBe('/kiem-tra/i%201?tab=evidence');
  });
});
