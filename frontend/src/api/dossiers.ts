import { apiBlob, apiFetch } from './client';
import type { Page, ProcedureSummary } from './types';
import {
  DOSSIER_STATUSES,
  type CalendarEntryInput,
  type DossierAction,
  type DossierChannel,
  type DossierStatus,
  type DossierSummary,
  type DossierView,
  type DueDatePreview,
  type GroupBy,
  type PeriodReport,
  type PeriodRow,
  type RatingInput,
  type ReceiveInput,
  type ReturnMethod,
  type TrackingView,
  type WorkCountKey,
  type WorkCountsView,
  type WorkingCalendar,
} from './dossierTypes';

export const DOSSIERS_API = '/api/v1/dossiers';
export const WORKLIST_PAGE_SIZE = 20;

const enc = encodeURIComponent;
type Token = string | null | undefined;

/** The last 4 digits of the applicant's phone (tracking, rating). */
export const PHONE_LAST4 = /^\d{4}$/;

export const CHANNELS: readonly DossierChannel[] = ['DIRECT', 'ONLINE', 'POSTAL'];
export const RETURN_METHODS: readonly ReturnMethod[] = ['DIRECT', 'POSTAL', 'ELECTRONIC'];

/* ------------------------------------------------------------------ statuses */

/**
 * The status name of a dossier as the server sent it; `undefined` if unknown. The national code (1–10) is the server's
 * `statusCode` (docs/domain/dossiers.md §3.2), shown as sent: it is never derived from a name or a position here.
 */
export function statusOf(status?: unknown): DossierStatus | undefined {
  return typeof status === 'string' && (DOSSIER_STATUSES as readonly string[]).includes(status)
    ? (status as DossierStatus)
    : undefined;
}

export const STATUS_COLORS: Record<DossierStatus, string> = {
  REGISTERED: 'default',
  RECEIVED: 'cyan',
  REFUSED: 'red',
  PROCESSING: 'blue',
  SUPPLEMENT_REQUESTED: 'gold',
  FINANCIAL_OBLIGATION: 'orange',
  WITHDRAWN: 'default',
  STOPPED: 'volcano',
  RESOLVED: 'green',
  RETURNED: 'geekblue',
};

/** Final statuses: nothing more happens to the dossier. */
export const FINAL_STATUSES: readonly DossierStatus[] = ['REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED'];

/** CSS class of a worklist row: red when overdue, amber when due soon. */
export function dueRowClass(row: Pick<DossierSummary, 'overdue' | 'dueSoon'>): string {
  if (row.overdue) return 'dossier-row-overdue';
  if (row.dueSoon) return 'dossier-row-due-soon';
  return '';
}

/** The applicant's name on a worklist row (`applicant.name`, else `applicantName`). */
export const applicantNameOf = (row: DossierSummary) => row.applicant?.name ?? row.applicantName ?? undefined;

/** The due date that counts now: the extended one after an apology, else the original. */
export const effectiveDueOf = (d: Pick<DossierView, 'effectiveDueAt' | 'extendedDueAt' | 'dueAt'>) =>
  d.effectiveDueAt ?? d.extendedDueAt ?? d.dueAt ?? undefined;

/* ------------------------------------------------------------------ actions */

/** Values of the small form of each action (all text fields as typed). */
export interface ActionFormValues {
  note?: string;
  reason?: string;
  /** refuse: one reason per line. */
  reasons?: string;
  /** request-supplement: one item per line. */
  items?: string;
  stepName?: string;
  toUnitCode?: string;
  toUser?: string;
  resultCode?: string;
  method?: string;
  /** apology: ISO date-time with offset (already converted from the input). */
  newDueAt?: string;
  signer?: string;
}

const clean = (v?: string) => {
  const s = v?.trim();
  return s ? s : undefined;
};
const lines = (v?: string) =>
  (v ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Drops `undefined` members, so optional fields are left out of the JSON. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The JSON body of `POST /dossiers/{code}/actions/{action}` from the action's form, as the README's
 * transition table lists it. For `refuse` the README says `{reasons}` without a type, while the
 * service's action input reads `items` (a list) or `reason` (a text): the reasons go in all three.
 */
export function buildActionBody(action: DossierAction | string, v: ActionFormValues): Record<string, unknown> {
  switch (action) {
    case 'refuse': {
      const reasons = lines(v.reasons);
      return { reasons, items: reasons, reason: reasons.join('; ') };
    }
    case 'handover':
      return compact({
        stepName: clean(v.stepName),
        toUnitCode: clean(v.toUnitCode),
        toUser: clean(v.toUser),
        note: clean(v.note),
      });
    case 'request-supplement':
      return { items: lines(v.items), reason: clean(v.reason) ?? '' };
    case 'withdraw':
    case 'stop':
      return { reason: clean(v.reason) ?? '' };
    case 'resolve':
      return compact({ note: clean(v.note), resultCode: clean(v.resultCode) });
    case 'return':
      return { method: v.method };
    case 'apology':
      return { reason: clean(v.reason) ?? '', newDueAt: v.newDueAt, signer: clean(v.signer) ?? '' };
    case 'accept':
      return {};
    default:
      // start, supplement-received, request-financial, financial-fulfilled
      return compact({ note: clean(v.note) });
  }
}

/* ------------------------------------------------------------------ documents */

export const DOCUMENT_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

const historyReached = (d: DossierView, status: DossierStatus) =>
  (d.history ?? []).some((h) => statusOf(h.toStatus) === status);

/** The forms that exist for a dossier, from its status, history, pauses and apology. */
export function availableDocuments(d: DossierView): DocumentForm[] {
  const status = statusOf(d.status);
  const received =
    historyReached(d, 'RECEIVED') || (status !== undefined && status !== 'REGISTERED' && status !== 'REFUSED');
  const supplement =
    status === 'SUPPLEMENT_REQUESTED' ||
    historyReached(d, 'SUPPLEMENT_REQUESTED') ||
    (d.history ?? []).some((h) => h.action === 'request-supplement') ||
    (d.pauses ?? []).some((p) => /SUPPLEMENT/i.test(p.kind));
  const out: DocumentForm[] = [];
  if (received) out.push('mau-01');
  if (supplement) out.push('mau-02');
  if (status === 'REFUSED') out.push('mau-03');
  if (d.apology) out.push('mau-04');
  if (status === 'STOPPED') out.push('mau-05');
  if (received) out.push('mau-06');
  return out;
}

/* ------------------------------------------------------------------ report */

export const PERIOD_COUNTS = [
  'carriedOver',
  'received',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'inProgress',
  'inProgressWithinTime',
  'inProgressOverdue',
  'lateWithApology',
  'lateWithoutApology',
  'refused',
  'withdrawn',
  'stopped',
] as const satisfies readonly (keyof PeriodRow)[];

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The on-time rate of a row as the server computed it (% with 2 decimals, docs/domain/dossiers.md §3.10); `null` when
 * the server sent none (nothing resolved). Never recomputed here: the one definition is the dossier-indicators library.
 */
export function rateOf(r: PeriodRow | null | undefined): number | null {
  return r && typeof r.onTimeRate === 'number' && Number.isFinite(r.onTimeRate) ? r.onTimeRate : null;
}

/** "Tổng số hồ sơ nhận giải quyết" = kỳ trước chuyển qua + mới tiếp nhận. */
export const totalToHandle = (r: PeriodRow) => num(r.carriedOver) + num(r.received);

/** Reads the report whatever the wrapper's names (`rows`|`groups`|`items`, `total`|`totals`). */
export function normaliseReport(raw: unknown): PeriodReport {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rows = (Array.isArray(raw) ? raw : (o.rows ?? o.groups ?? o.items ?? [])) as PeriodRow[];
  const total = (o.total ?? o.totals ?? null) as PeriodRow | null;
  return {
    unit: ((o.unit ?? o.unitCode) as string) ?? null,
    from: (o.from as string) ?? null,
    to: (o.to as string) ?? null,
    groupBy: (o.groupBy as string) ?? null,
    rows: Array.isArray(rows) ? rows : [],
    total: total && typeof total === 'object' ? total : null,
  };
}

/** The total row as the server sent it (counts summed, rate recomputed server-side); `null` if it sent none. */
export function reportTotal(report: PeriodReport): PeriodRow | null {
  return report.total ? { ...report.total, key: report.total.key ?? 'TOTAL' } : null;
}

/* ------------------------------------------------------------------ calls */

/** Values of the worklist's `due` filter; each lists the work count of the same meaning (see WORK_COUNT_FILTERS). */
export const DUE_FILTERS = ['SOON', 'OVERDUE', 'OVERDUE_WITHOUT_APOLOGY'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface WorklistFilters {
  q?: string;
  status?: string;
  due?: DueFilter | '';
  unit?: string;
  procedureCode?: string;
  page?: number;
}

export const WORKLIST_FILTER_KEYS = ['q', 'status', 'due', 'unit', 'procedureCode'] as const;

/** Worklist filters from the URL (`page` is 0-based). */
export function worklistFiltersFrom(params: URLSearchParams): WorklistFilters {
  const f: WorklistFilters = {};
  for (const k of WORKLIST_FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (!v) continue;
    if (k === 'due') {
      if ((DUE_FILTERS as readonly string[]).includes(v)) f.due = v as DueFilter;
    } else f[k] = v;
  }
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  f.page = Number.isFinite(page) && page > 0 ? page : 0;
  return f;
}

export function listDossiers(f: WorklistFilters, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<DossierSummary>>(DOSSIERS_API, {
    query: {
      q: f.q,
      status: f.status,
      due: f.due,
      unitCode: f.unit,
      procedureCode: f.procedureCode,
      page: f.page ?? 0,
      size: WORKLIST_PAGE_SIZE,
    },
    token,
    signal,
  });
}

/* ------------------------------------------------------------------ work counts */

export const WORK_COUNT_KEYS: readonly WorkCountKey[] = [
  'waiting',
  'inProgress',
  'dueSoon',
  'overdue',
  'overdueWithoutApology',
];

/**
 * The worklist filter that lists each work count: the server counts with the same predicate as this filter
 * (services/dossiers README, docs/domain/dossiers.md §3.11), so the list's total is the count.
 */
export const WORK_COUNT_FILTERS: Record<WorkCountKey, Pick<WorklistFilters, 'status' | 'due'>> = {
  waiting: { status: 'RECEIVED' },
  inProgress: { status: 'PROCESSING' },
  dueSoon: { due: 'SOON' },
  overdue: { due: 'OVERDUE' },
  overdueWithoutApology: { due: 'OVERDUE_WITHOUT_APOLOGY' },
};

/** `GET /dossiers/work-counts`: counts of open work in the caller's worklist scope. */
export function getWorkCounts(token: Token, signal?: AbortSignal) {
  return apiFetch<WorkCountsView>(`${DOSSIERS_API}/work-counts`, { token, signal });
}

/** A usable answer: the five counts are numbers (anything else is ignored, e.g. a misrouted answer). */
export function isWorkCounts(v: unknown): v is WorkCountsView {
  const c = (v as WorkCountsView | undefined)?.counts;
  return !!c && WORK_COUNT_KEYS.every((k) => typeof c[k] === 'number');
}

export function searchCatalogue(q: string, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<ProcedureSummary>>(`${DOSSIERS_API}/catalogue`, {
    query: { q: q.trim(), page: 0, size: 20 },
    token,
    signal,
  });
}

export function getCatalogueProcedure(code: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ProcedureSummary>(`${DOSSIERS_API}/catalogue/${enc(code)}`, { token, signal });
}

/**
 * `POST /due-date` `{procedureCode, receivingUnitCode?, receivedAt?}`; the receiving point is added when known (the
 * service uses it for the province's calendar).
 */
export function previewDueDate(
  procedureCode: string,
  receivedAt: string | undefined,
  receivingUnitCode: string | undefined,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<DueDatePreview>(`${DOSSIERS_API}/due-date`, {
    method: 'POST',
    body: { procedureCode, ...(receivedAt ? { receivedAt } : {}), ...(receivingUnitCode ? { receivingUnitCode } : {}) },
    token,
    signal,
  });
}

/** The processing time of a due-date preview. */
export function previewTime(p: DueDatePreview): { value: number; unit: string } {
  return { value: p.processingTime, unit: p.unit };
}

export function receiveDossier(input: ReceiveInput, token: Token) {
  return apiFetch<DossierView>(DOSSIERS_API, { method: 'POST', body: input, token });
}

export function getDossier(code: string, token: Token, signal?: AbortSignal) {
  return apiFetch<DossierView>(`${DOSSIERS_API}/${enc(code)}`, { token, signal });
}

export function performAction(code: string, action: string, body: Record<string, unknown>, token: Token) {
  return apiFetch<DossierView>(`${DOSSIERS_API}/${enc(code)}/actions/${enc(action)}`, { method: 'POST', body, token });
}

export function documentUrl(code: string, form: DocumentForm) {
  return `${DOSSIERS_API}/${enc(code)}/documents/${form}`;
}

export function getDocument(code: string, form: DocumentForm, token: Token) {
  return apiBlob(documentUrl(code, form), { token, accept: 'application/pdf' });
}

/** Public tracking; `phone` is the last 4 digits. No token (anonymous). */
export function trackDossier(code: string, phone: string, signal?: AbortSignal) {
  return apiFetch<TrackingView>(`${DOSSIERS_API}/tracking/${enc(code.trim())}`, {
    query: { phone: phone.trim() },
    signal,
  });
}

/** A signed-in citizen's own dossiers (matched on the account's id_number), newest first. */
export function listMyDossiers(token: Token, signal?: AbortSignal) {
  return apiFetch<TrackingView[]>(`${DOSSIERS_API}/mine`, { query: { size: 100 }, token, signal });
}

/** A signed-in citizen's own dossier with its history (no phone digits); 404 for anybody else's. */
export function trackMyDossier(code: string, token: Token, signal?: AbortSignal) {
  return apiFetch<TrackingView>(`${DOSSIERS_API}/mine/${enc(code.trim())}`, { token, signal });
}

/** A signed-in citizen rates an own dossier, once, after the result (no phone digits). */
export function rateMyDossier(code: string, answers: RatingInput['answers'], token: Token) {
  return apiFetch<unknown>(`${DOSSIERS_API}/mine/${enc(code.trim())}/rating`, {
    method: 'POST',
    body: { answers },
    token,
  });
}

/** Public rating, once per dossier. No token (anonymous). */
export function rateDossier(code: string, input: RatingInput) {
  return apiFetch<unknown>(`${DOSSIERS_API}/ratings/${enc(code.trim())}`, { method: 'POST', body: input });
}

export function getCalendar(year: number, token: Token, signal?: AbortSignal) {
  return apiFetch<WorkingCalendar>(`${DOSSIERS_API}/calendar/${year}`, { token, signal });
}

export function addCalendarEntry(year: number, entry: CalendarEntryInput, token: Token) {
  return apiFetch<unknown>(`${DOSSIERS_API}/calendar/${year}/entries`, { method: 'POST', body: entry, token });
}

/**
 * Removes an official entry. The README gives `DELETE /calendar/{year}/entries` with
 * `{date, kind, note}` and no way to name the entry; the service being written takes
 * `DELETE /entries/{id}`. With an id that is used; without one, date and kind are sent both as the
 * JSON body and as query parameters.
 */
export function removeCalendarEntry(
  year: number,
  entry: { id?: number | string | null; date: string; kind: string },
  token: Token,
) {
  if (entry.id !== undefined && entry.id !== null && entry.id !== '') {
    return apiFetch<unknown>(`${DOSSIERS_API}/calendar/${year}/entries/${enc(String(entry.id))}`, {
      method: 'DELETE',
      token,
    });
  }
  return apiFetch<unknown>(`${DOSSIERS_API}/calendar/${year}/entries`, {
    method: 'DELETE',
    body: { date: entry.date, kind: entry.kind },
    query: { date: entry.date, kind: entry.kind },
    token,
  });
}

export interface ReportParams {
  unit?: string;
  from: string;
  to: string;
  groupBy: GroupBy;
}

const reportQuery = (p: ReportParams, format: 'json' | 'xlsx') => ({
  unitCode: p.unit,
  from: p.from,
  to: p.to,
  groupBy: p.groupBy,
  format,
});

export async function getPeriodReport(p: ReportParams, token: Token, signal?: AbortSignal): Promise<PeriodReport> {
  return normaliseReport(
    await apiFetch<unknown>(`${DOSSIERS_API}/reports/period`, { query: reportQuery(p, 'json'), token, signal }),
  );
}

export function exportPeriodReport(p: ReportParams, token: Token) {
  return apiBlob(`${DOSSIERS_API}/reports/period`, {
    query: reportQuery(p, 'xlsx'),
    token,
    accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** Offers a blob as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
