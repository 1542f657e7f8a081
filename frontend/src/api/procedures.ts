import { apiFetch, apiFetchTagged, headerSafeFileName } from './client';
import type {
  CatalogueWorkCounts,
  ComplianceOverview,
  ComplianceReport,
  ComplianceSummary,
  DecisionInput,
  DecisionSummary,
  DecisionView,
  FieldCount,
  ImportJob,
  Page,
  Posting,
  PostingItem,
  ProcedureHistory,
  ProcedureInput,
  ProcedureSummary,
  ProcedureView,
  UnitView,
} from './types';

export const PROCEDURES_API = '/api/v1/procedures';
export const IMPORT_TEMPLATE_URL = `${PROCEDURES_API}/imports/template.csv`;
/** Largest page the services answer (`PageParams.MAX_SIZE`). */
export const MAX_PAGE_SIZE = 100;

const enc = encodeURIComponent;
type Token = string | null | undefined;

/** Filters of the catalogue search, as kept in the URL. */
export interface ProcedureFilters {
  q?: string;
  field?: string;
  level?: string;
  agency?: string;
  state?: string;
  asOf?: string;
  page?: number;
  size?: number;
}

export const FILTER_KEYS = ['q', 'field', 'level', 'agency', 'state'] as const;

/** Reads the search filters from URL parameters (`page` is 0-based; junk is dropped). */
export function filtersFromParams(params: URLSearchParams, opts: { allowState?: boolean } = {}): ProcedureFilters {
  const f: ProcedureFilters = {};
  for (const k of FILTER_KEYS) {
    if (k === 'state' && !opts.allowState) continue;
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  f.page = Number.isFinite(page) && page > 0 ? page : 0;
  return f;
}

/** Writes filters back into URL parameters (empty ones removed, page 0 omitted); other parameters are kept. */
export function filtersToParams(filters: ProcedureFilters, base?: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of FILTER_KEYS) {
    const v = filters[k]?.trim();
    if (v) p.set(k, v);
    else p.delete(k);
  }
  if (filters.page) p.set('page', String(filters.page));
  else p.delete('page');
  return p;
}

/** Query of `GET /api/v1/procedures`: `q, field, level, agency, state, asOf, page, size` (empty ones left out by apiFetch). */
export function searchQuery(filters: ProcedureFilters, size = 20): Record<string, string | number | undefined> {
  return {
    q: filters.q?.trim() || undefined,
    field: filters.field || undefined,
    level: filters.level || undefined,
    agency: filters.agency || undefined,
    state: filters.state || undefined,
    asOf: filters.asOf || undefined,
    page: filters.page ?? 0,
    size: filters.size ?? size,
  };
}

export function searchProcedures(filters: ProcedureFilters, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<ProcedureSummary>>(PROCEDURES_API, { query: searchQuery(filters), token, signal });
}

export function getFields(signal?: AbortSignal) {
  return apiFetch<FieldCount[]>(`${PROCEDURES_API}/fields`, { signal });
}

export function getProcedure(code: string, asOf: string | undefined, token: Token, signal?: AbortSignal) {
  return apiFetch<ProcedureView>(`${PROCEDURES_API}/${enc(code)}`, { query: { asOf }, token, signal });
}

export function getVersion(code: string, version: number, token: Token, signal?: AbortSignal) {
  return apiFetch<ProcedureView>(`${PROCEDURES_API}/${enc(code)}/versions/${version}`, { token, signal });
}

export function getHistory(code: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ProcedureHistory>(`${PROCEDURES_API}/${enc(code)}/history`, { token, signal });
}

export function createProcedure(input: ProcedureInput, token: Token) {
  return apiFetch<ProcedureView>(PROCEDURES_API, { method: 'POST', body: input, token });
}

export function getDraft(code: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ProcedureView>(`${PROCEDURES_API}/${enc(code)}/draft`, { token, signal });
}

/** The pending draft with the procedure's ETag (what {@link saveDraft} and {@link discardDraft} send as If-Match). */
export function getDraftTagged(code: string, token: Token, signal?: AbortSignal) {
  return apiFetchTagged<ProcedureView>(`${PROCEDURES_API}/${enc(code)}/draft`, { token, signal });
}

/** The version in force with the procedure's ETag (to start the next version's draft with If-Match). */
export function getProcedureTagged(code: string, token: Token, signal?: AbortSignal) {
  return apiFetchTagged<ProcedureView>(`${PROCEDURES_API}/${enc(code)}`, { token, signal });
}

const ifMatch = (etag?: string): Record<string, string> | undefined => (etag ? { 'If-Match': etag } : undefined);

/**
 * Writes the draft, conditional on `etag` (the ETag read with it): the server refuses a stale tag (412: someone saved
 * meanwhile) and a missing one (428).
 */
export function saveDraft(code: string, input: ProcedureInput, token: Token, etag?: string) {
  const { code: _code, ...body } = input;
  void _code;
  return apiFetch<ProcedureView>(`${PROCEDURES_API}/${enc(code)}/draft`, {
    method: 'PUT',
    body,
    token,
    headers: ifMatch(etag),
  });
}

export function discardDraft(code: string, token: Token, etag?: string) {
  return apiFetch<void>(`${PROCEDURES_API}/${enc(code)}/draft`, { method: 'DELETE', token, headers: ifMatch(etag) });
}

export function recordDecision(input: DecisionInput, token: Token) {
  return apiFetch<DecisionView>(`${PROCEDURES_API}/decisions`, { method: 'POST', body: input, token });
}

/** Filters of the decision list, as kept in the URL of the catalogue admin page's decisions tab. */
export interface DecisionFilters {
  /** First day of the effective dates (yyyy-MM-dd, inclusive). */
  effectiveFrom?: string;
  /** Last day of the effective dates (yyyy-MM-dd, inclusive). */
  effectiveTo?: string;
  /** Decisions changing a procedure of this catalogue (a province code or `VN`). */
  catalogue?: string;
}

export const DECISION_FILTER_KEYS = ['effectiveFrom', 'effectiveTo', 'catalogue'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the decision filters from URL parameters; a date that is not yyyy-MM-dd is dropped. */
export function decisionFiltersFromParams(params: URLSearchParams): DecisionFilters {
  const f: DecisionFilters = {};
  for (const k of DECISION_FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (!v) continue;
    if (k !== 'catalogue' && !ISO_DATE.test(v)) continue;
    f[k] = v;
  }
  return f;
}

export function listDecisions(page: number, size: number, signal?: AbortSignal, filters: DecisionFilters = {}) {
  return apiFetch<Page<DecisionSummary>>(`${PROCEDURES_API}/decisions`, {
    query: {
      effectiveFrom: filters.effectiveFrom,
      effectiveTo: filters.effectiveTo,
      catalogue: filters.catalogue,
      page,
      size,
    },
    signal,
  });
}

export const CATALOGUE_WORK_COUNT_KEYS = [
  'drafts',
  'decisionsTakingEffect',
  'missingPostings',
  'stalePostings',
] as const;
export type CatalogueWorkCountKey = (typeof CATALOGUE_WORK_COUNT_KEYS)[number];

/**
 * The list each count is the total of: the catalogue admin page filtered to the drafts, its decisions tab filtered to
 * the province's decisions taking effect in the window the server counted, and the posting compliance report.
 */
export function catalogueWorkCountLinks(c: CatalogueWorkCounts): Record<CatalogueWorkCountKey, string> {
  const decisions = new URLSearchParams({
    tab: 'decisions',
    catalogue: c.province,
    effectiveFrom: c.effectiveFrom,
    effectiveTo: c.effectiveTo,
  });
  return {
    drafts: '/quan-tri-danh-muc?state=DRAFT',
    decisionsTakingEffect: `/quan-tri-danh-muc?${decisions.toString()}`,
    missingPostings: '/niem-yet/bao-cao',
    stalePostings: '/niem-yet/bao-cao',
  };
}

export function getCatalogueWorkCounts(token: Token, signal?: AbortSignal) {
  return apiFetch<CatalogueWorkCounts>(`${PROCEDURES_API}/work-counts`, { token, signal });
}

/** A usable answer: every count is a number and the window and province are there to link with. */
export const isCatalogueWorkCounts = (v: unknown): v is CatalogueWorkCounts => {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    CATALOGUE_WORK_COUNT_KEYS.every((k) => typeof r[k] === 'number') &&
    typeof r.province === 'string' &&
    typeof r.effectiveFrom === 'string' &&
    typeof r.effectiveTo === 'string'
  );
};

export function getDecision(id: string | number, signal?: AbortSignal) {
  return apiFetch<DecisionView>(`${PROCEDURES_API}/decisions/${enc(String(id))}`, { signal });
}

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Content-Type for an import file, from its extension (`.json`, `.csv`, `.xlsx`), else what the browser says. */
export function importContentType(file: { name: string; type?: string }): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (ext && CONTENT_TYPES[ext]) || file.type || undefined;
}

/** `POST /imports` with the file as the raw body; answers the new job (202). */
export function startImport(file: File, token: Token) {
  return apiFetch<ImportJob>(`${PROCEDURES_API}/imports`, {
    method: 'POST',
    rawBody: file,
    contentType: importContentType(file),
    headers: { 'X-File-Name': headerSafeFileName(file.name) },
    token,
  });
}

export function getImport(id: string | number, token: Token, signal?: AbortSignal) {
  return apiFetch<ImportJob>(`${PROCEDURES_API}/imports/${enc(String(id))}`, { token, signal });
}

/**
 * Every unit valid today matching `query` (e.g. `{kind: 'AGENCY'}`), reading all pages of
 * `GET /units` (a province has a few hundred at most).
 */
export async function getAllUnits(
  query: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<UnitView[]> {
  const all: UnitView[] = [];
  for (let page = 0; page < 50; page++) {
    const res = await apiFetch<Page<UnitView>>(`${PROCEDURES_API}/units`, {
      query: { ...query, page, size: MAX_PAGE_SIZE },
      signal,
    });
    all.push(...res.items);
    if (res.items.length === 0 || all.length >= res.total) break;
  }
  return all;
}

export function getPosting(unitCode: string, token: Token, signal?: AbortSignal) {
  return apiFetch<Posting>(`${PROCEDURES_API}/postings/${enc(unitCode)}`, { token, signal });
}

/** One page of what a receiving point posts, by procedure code (`GET /postings/{unitCode}/items`; size ≤ 100). */
export function listPostingItems(unitCode: string, page: number, size: number, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<PostingItem>>(`${PROCEDURES_API}/postings/${enc(unitCode)}/items`, {
    query: { page, size },
    token,
    signal,
  });
}

export function postItem(unitCode: string, procedureCode: string, version: number | undefined, token: Token) {
  return apiFetch<unknown>(`${PROCEDURES_API}/postings/${enc(unitCode)}/items`, {
    method: 'POST',
    body: version === undefined ? { procedureCode } : { procedureCode, version },
    token,
  });
}

export function takeDownItem(unitCode: string, procedureCode: string, token: Token) {
  return apiFetch<void>(`${PROCEDURES_API}/postings/${enc(unitCode)}/items/${enc(procedureCode)}`, {
    method: 'DELETE',
    token,
  });
}

export function getComplianceReport(unitCode: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ComplianceReport>(`${PROCEDURES_API}/compliance/${enc(unitCode)}`, { token, signal });
}

export function getComplianceOverview(unit: string | undefined, token: Token, signal?: AbortSignal) {
  return apiFetch<ComplianceOverview>(`${PROCEDURES_API}/compliance`, { query: { unitCode: unit }, token, signal });
}

/** One page of the receiving points at or below `unit` (default: the caller's scope) with their counts, in tree order. */
export function listComplianceUnits(
  unit: string | undefined,
  page: number,
  size: number,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<Page<ComplianceSummary>>(`${PROCEDURES_API}/compliance/units`, {
    query: { unitCode: unit, page, size },
    token,
    signal,
  });
}

/** The three lists of a receiving point's compliance report, each paged by procedure code. */
export type ComplianceListKind = 'stale' | 'missing' | 'outdated';
export interface ComplianceListItems {
  stale: ComplianceReport['stalePosted'][number];
  missing: ComplianceReport['missing'][number];
  outdated: ComplianceReport['outdated'][number];
}

export function listComplianceItems<K extends ComplianceListKind>(
  unitCode: string,
  kind: K,
  page: number,
  size: number,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<Page<ComplianceListItems[K]>>(`${PROCEDURES_API}/compliance/${enc(unitCode)}/${kind}`, {
    query: { page, size },
    token,
    signal,
  });
}

/** True when `unit` is `ancestor` or lies below it (by code prefix or by its `path`). */
export function isUnder(unit: Pick<UnitView, 'code' | 'path' | 'parentCode'>, ancestor: string | undefined): boolean {
  if (!ancestor) return false;
  if (unit.code === ancestor || unit.code.startsWith(`${ancestor}.`) || unit.parentCode === ancestor) return true;
  const segments = (unit.path ?? '').split(/[/>|\s]+/).filter(Boolean);
  return segments.includes(ancestor);
}

/** The receiving point preselected for a user: the first one under their unit, else the first one. */
export function defaultReceivingPoint(points: readonly UnitView[], userUnit: string | undefined): string | undefined {
  return (points.find((p) => isUnder(p, userUnit)) ?? points[0])?.code;
}

/**
 * Units a user picks from: all of them for province-wide roles; otherwise those under the user's
 * unit (all of them when none is, so that the server decides).
 */
export function unitsInScope(
  units: readonly UnitView[],
  userUnit: string | undefined,
  provinceWide: boolean,
): UnitView[] {
  if (provinceWide || !userUnit) return [...units];
  const mine = units.filter((u) => isUnder(u, userUnit));
  return mine.length ? mine : [...units];
}
