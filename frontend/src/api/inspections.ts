import { ApiError, apiBlob, apiFetch } from './client';
import type { Page } from './types';
import type * as G from './generated';
import type { Sendable } from './wire';

/**
 * The inspections service (`/api/v1/inspections`, services/inspections/README.md): plans, teams,
 * inspections with their checklist, self-report, live evidence, findings, conclusion and remediation.
 * Shapes follow the service's DTO records (`rest/InspectionDtos.java`).
 */
export const INSPECTIONS_API = '/api/v1/inspections';

const enc = encodeURIComponent;
type Token = string | null | undefined;

/* ------------------------------------------------------------------ shapes */

export const INSPECTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'ENDED', 'CONCLUDED', 'CANCELLED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const TEAM_ROLES = ['LEADER', 'DEPUTY', 'MEMBER', 'SECRETARY'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const SELF_REPORT_STATUSES = ['DONE', 'PARTIAL', 'NOT_DONE', 'NOT_APPLICABLE'] as const;
export type SelfReportStatus = (typeof SELF_REPORT_STATUSES)[number];

export const FINDING_KINDS = ['STRENGTH', 'WEAKNESS'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const REMEDIATION_STATUSES = ['OPEN', 'REPORTED', 'COMPLETED'] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export interface ChecklistItemView {
  id: number;
  groupCode: string;
  code: string;
  textVi: string;
  sortOrder: number;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface ContentGroupView {
  code: string;
  nameVi: string;
  nameEn: string;
  sortOrder: number;
  validFrom?: string | null;
  validTo?: string | null;
  items: ChecklistItemView[];
}

export interface TeamMember {
  id?: number | null;
  name: string;
  agency?: string | null;
  role: TeamRole | string;
  username?: string | null;
}

export type InspectionInput = Sendable<G.InspectionInput>;

export interface PlanUpdate {
  number: string;
  planDate: string;
  issuer: string;
  year: number;
  scope?: string | null;
  contentGroups: string[];
}

export type PlanInput = Sendable<G.PlanInput>;

export interface PlanSummary {
  id: string;
  number: string;
  planDate: string;
  issuer: string;
  year: number;
  provinceCode: string;
  inspections: number;
}

export interface InspectionView {
  id: string;
  planId: string;
  planNumber: string;
  year: number;
  unitCode: string;
  unitName?: string | null;
  unitPath?: string | null;
  scheduledFrom: string;
  scheduledTo: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  status: InspectionStatus | string;
  startedAt?: string | null;
  endedOn?: string | null;
  conclusionDue?: string | null;
  conclusionLate: boolean;
  version?: number;
}

export interface PlanView {
  id: string;
  number: string;
  planDate: string;
  issuer: string;
  year: number;
  scope?: string | null;
  provinceCode: string;
  contentGroups: string[];
  team: TeamMember[];
  inspections: InspectionView[];
  version?: number;
}

export interface DashboardRow {
  inspectionId: string;
  unitCode: string;
  unitName?: string | null;
  scheduledFrom: string;
  scheduledTo: string;
  status: InspectionStatus | string;
  selfReportSubmitted: boolean;
  strengths: number;
  weaknesses: number;
  conclusionDue?: string | null;
  conclusionIssued: boolean;
  conclusionLate: boolean;
  remediationTotal: number;
  remediationCompleted: number;
  remediationOverdue: number;
}

export interface Dashboard {
  planId: string;
  number: string;
  year: number;
  units: DashboardRow[];
}

export interface SelfReportItem {
  itemId: number;
  status: SelfReportStatus | string;
  note?: string | null;
}

export type SelfReportInput = Sendable<G.SelfReportInput>;

export interface SelfReportView extends SelfReportInput {
  inspectionId: string;
  submittedBy?: string | null;
  submittedAt?: string | null;
}

export interface ChecklistEntry {
  itemId: number;
  code: string;
  textVi: string;
  selfReport?: SelfReportItem | null;
  findings: number;
}

export interface ChecklistGroup {
  code: string;
  nameVi: string;
  items: ChecklistEntry[];
}

export interface FigureView {
  key: string;
  label: string;
  /** A decimal (BigDecimal): a number in JSON, possibly a string. */
  value: number | string;
  unit?: string | null;
  source?: string | null;
  asOf?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  detail?: string | null;
}

export interface EvidenceView {
  inspectionId: string;
  unitCode: string;
  asOf: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  figures: FigureView[];
}

export interface LateDossierView {
  code: string;
  procedureCode?: string | null;
  unitCode?: string | null;
  receivingUnitCode?: string | null;
  receivedAt?: string | null;
  dueAt?: string | null;
  extendedDueAt?: string | null;
  resolvedAt?: string | null;
  withApology: boolean;
  apologyTimely?: boolean | null;
  apologyAt?: string | null;
}

export interface DocumentView {
  id: string;
  filename: string;
  contentType?: string | null;
  sizeBytes?: number;
  sha256?: string | null;
  uploadedBy?: string | null;
  uploadedAt?: string | null;
}

export type FigureInput = Sendable<G.FigureInput>;

export type FindingInput = Sendable<G.FindingInput>;

export interface FindingView {
  id: string;
  inspectionId: string;
  kind: FindingKind | string;
  groupCode: string;
  itemId?: number | null;
  text: string;
  figures: FigureView[];
  documents: DocumentView[];
  createdBy?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

export type ConclusionInput = Sendable<G.ConclusionInput>;

export interface ConclusionView extends ConclusionInput {
  inspectionId: string;
  issued: boolean;
  issuedAt?: string | null;
  dueDate?: string | null;
  late: boolean;
}

export type RemediationInput = Sendable<G.RemediationInput>;

export interface RemediationView {
  id: string;
  inspectionId: string;
  unitName?: string | null;
  requirement: string;
  responsibleUnitCode?: string | null;
  deadline?: string | null;
  status: RemediationStatus | string;
  overdue: boolean;
  report?: string | null;
  reportedBy?: string | null;
  reportedAt?: string | null;
  returnReason?: string | null;
  completedAt?: string | null;
  documents: DocumentView[];
}

/* ------------------------------------------------------------------ rules shown in the UI */

/** Roles of the screens: who manages (inspector), who answers for the unit (leader). */
export function inspectionRights(roles: readonly string[]) {
  return {
    manage: roles.includes('inspector'),
    unit: roles.includes('leader'),
    // content groups are national data (docs/security.md): edited by national-admin only
    admin: roles.includes('national-admin'),
  };
}

export const STATUS_COLORS: Record<InspectionStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'blue',
  ENDED: 'gold',
  CONCLUDED: 'green',
  CANCELLED: 'red',
};

/** The lifecycle actions an inspector may take in a status. */
export function lifecycleActions(status: string): ('start' | 'end' | 'cancel')[] {
  if (status === 'PLANNED') return ['start', 'cancel'];
  if (status === 'IN_PROGRESS') return ['end'];
  return [];
}

/** Findings are recorded during the visit and until the conclusion is issued. */
export const acceptsFindings = (status: string) => status === 'IN_PROGRESS' || status === 'ENDED';

/** Remediation items follow the visit. */
export const acceptsRemediation = (status: string) => status === 'ENDED' || status === 'CONCLUDED';

/** A remediation row's CSS class: red when overdue (same look as the overdue dossiers). */
export const remediationRowClass = (r: Pick<RemediationView, 'overdue'>) =>
  r.overdue ? 'dossier-row-overdue inspection-row-overdue' : '';

/** The actions on one remediation item for the caller. */
export function remediationActions(
  r: Pick<RemediationView, 'status'>,
  roles: readonly string[],
): ('report' | 'complete' | 'return')[] {
  const rights = inspectionRights(roles);
  const out: ('report' | 'complete' | 'return')[] = [];
  if (rights.unit && r.status === 'OPEN') out.push('report');
  if (rights.manage && r.status === 'REPORTED') out.push('complete', 'return');
  return out;
}

/** The number of a figure (BigDecimal as number or string); NaN when unreadable. */
export const figureNumber = (v: number | string | null | undefined) => (typeof v === 'number' ? v : Number(v));

/** "83,33 %" / "12 hồ sơ" (Vietnamese decimal comma), "—" when unreadable. */
export function formatFigure(f: Pick<FigureView, 'value' | 'unit'>, lang = 'vi'): string {
  const n = figureNumber(f.value);
  if (!Number.isFinite(n)) return '—';
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 2 }).format(n);
  if (!f.unit) return text;
  return f.unit === '%' ? `${text}%` : `${text} ${f.unit}`;
}

/** Late dossiers split: with an apology or extension letter, and without. */
export function splitLate(rows: readonly LateDossierView[]) {
  return { withApology: rows.filter((r) => r.withApology), withoutApology: rows.filter((r) => !r.withApology) };
}

/** Remediation progress of a dashboard row, 0–100. */
export const remediationPercent = (r: Pick<DashboardRow, 'remediationTotal' | 'remediationCompleted'>) =>
  r.remediationTotal > 0 ? Math.round((r.remediationCompleted / r.remediationTotal) * 100) : 0;

/** Drops empty optional strings so the JSON leaves them out. */
export function blankToNull<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [
      k,
      typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v,
    ]),
  ) as T;
}

/* ------------------------------------------------------------------ calls */

const I = INSPECTIONS_API;
const P = `${INSPECTIONS_API}/plans`;
const ins = (id: string) => `${I}/${enc(id)}`;

export function getContentGroups(token: Token, date?: string, signal?: AbortSignal) {
  return apiFetch<ContentGroupView[]>(`${I}/content-groups`, { query: { date }, token, signal });
}

/** Body of `POST /content-groups` and `PUT /content-groups/{code}` (`ContentGroupInput`; the code cannot change). */
export type ContentGroupInput = Sendable<G.ContentGroupInput>;

/** Body of `POST …/items` and `PUT …/items/{itemId}` (`ChecklistItemInput`); `validFrom` defaults to the group's. */
export type ChecklistItemInput = Sendable<G.ChecklistItemInput>;

const groupUrl = (code: string) => `${I}/content-groups/${enc(code)}`;

export function createContentGroup(input: ContentGroupInput, token: Token) {
  return apiFetch<ContentGroupView>(`${I}/content-groups`, { method: 'POST', body: input, token });
}

export function updateContentGroup(code: string, input: ContentGroupInput, token: Token) {
  return apiFetch<ContentGroupView>(groupUrl(code), { method: 'PUT', body: input, token });
}

export function addChecklistItem(groupCode: string, input: ChecklistItemInput, token: Token) {
  return apiFetch<ChecklistItemView>(`${groupUrl(groupCode)}/items`, { method: 'POST', body: input, token });
}

export function updateChecklistItem(groupCode: string, itemId: number, input: ChecklistItemInput, token: Token) {
  return apiFetch<ChecklistItemView>(`${groupUrl(groupCode)}/items/${enc(String(itemId))}`, {
    method: 'PUT',
    body: input,
    token,
  });
}

/** The first page (the service's default size: 100 plans, 500 for the other lists) of a paged list's items. */
const items = async <T>(page: Promise<Page<T>>): Promise<T[]> => (await page).items;

export function listPlans(year: number | undefined, token: Token, signal?: AbortSignal) {
  return items(apiFetch<Page<PlanSummary>>(P, { query: { year }, token, signal }));
}

/** One page of the plans (newest first), for a table paged on the server. */
export function listPlansPage(
  year: number | undefined,
  page: number,
  size: number,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<Page<PlanSummary>>(P, { query: { year, page, size }, token, signal });
}

/** An account the team picker offers (`GET /team-candidates`): the inspector's province only. */
export interface TeamCandidate {
  username: string;
  name: string;
  unitCode: string;
  unitName?: string | null;
}

/** Largest page of team candidates the service answers. */
export const TEAM_CANDIDATES_SIZE = 20;

/** Accounts matching `q` (every word, case and diacritics ignored), by name; the first page only. */
export function listTeamCandidates(q: string, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<TeamCandidate>>(`${I}/team-candidates`, {
    query: { q: q.trim() || undefined, size: TEAM_CANDIDATES_SIZE },
    token,
    signal,
  });
}

export function getPlan(planId: string, token: Token, signal?: AbortSignal) {
  return apiFetch<PlanView>(`${P}/${enc(planId)}`, { token, signal });
}

export function createPlan(input: PlanInput, token: Token) {
  return apiFetch<PlanView>(P, { method: 'POST', body: input, token });
}

export function updatePlan(planId: string, input: PlanUpdate, token: Token) {
  return apiFetch<PlanView>(`${P}/${enc(planId)}`, { method: 'PUT', body: input, token });
}

export function replaceTeam(planId: string, team: TeamMember[], token: Token) {
  return apiFetch<PlanView | TeamMember[]>(`${P}/${enc(planId)}/team`, { method: 'PUT', body: team, token });
}

export function addInspection(planId: string, input: InspectionInput, token: Token) {
  return apiFetch<InspectionView>(`${P}/${enc(planId)}/inspections`, { method: 'POST', body: input, token });
}

export function getDashboard(planId: string, token: Token, signal?: AbortSignal) {
  return apiFetch<Dashboard>(`${P}/${enc(planId)}/dashboard`, { token, signal });
}

export function getPlanRemediation(planId: string, overdue: boolean, token: Token, signal?: AbortSignal) {
  return items(
    apiFetch<Page<RemediationView>>(`${P}/${enc(planId)}/remediation`, {
      query: { overdue: overdue || undefined },
      token,
      signal,
    }),
  );
}

export function listInspections(filters: { planId?: string; status?: string }, token: Token, signal?: AbortSignal) {
  return items(
    apiFetch<Page<InspectionView>>(I, { query: { planId: filters.planId, status: filters.status }, token, signal }),
  );
}

/** One page of the inspections visible to the caller (by visit date), for a table paged on the server. */
export function listInspectionsPage(
  filters: { planId?: string; status?: string; conclusion?: ConclusionFilter },
  page: number,
  size: number,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<Page<InspectionView>>(I, {
    query: { planId: filters.planId, status: filters.status, conclusion: filters.conclusion, page, size },
    token,
    signal,
  });
}

/**
 * Values of the inspection list's `conclusion` filter: DUE (the visit ended, no notice issued yet), OVERDUE (and its
 * due date passed); each lists the work count of the same meaning (INSPECTION_WORK_COUNT_LINKS).
 */
export const CONCLUSION_FILTERS = ['DUE', 'OVERDUE'] as const;
export type ConclusionFilter = (typeof CONCLUSION_FILTERS)[number];

/** The `conclusion` filter of a URL, when it is one the server knows. */
export function conclusionFilterFrom(params: URLSearchParams): ConclusionFilter | undefined {
  const v = params.get('conclusion')?.trim();
  return (CONCLUSION_FILTERS as readonly string[]).includes(v ?? '') ? (v as ConclusionFilter) : undefined;
}

/** `GET /inspections/remediation`: the remediation items of every inspection the caller sees, by deadline. */
export function listRemediationPage(overdue: boolean, page: number, size: number, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<RemediationView>>(`${I}/remediation`, {
    query: { overdue: overdue ? 'true' : undefined, page, size },
    token,
    signal,
  });
}

/** The inspector's work counts (`GET /inspections/work-counts`): each the total of the list it links to. */
export interface InspectionWorkCounts {
  provinceCode: string;
  asOf: string;
  conclusionsDue: number;
  conclusionsOverdue: number;
  remediationOverdue: number;
}

export const INSPECTION_WORK_COUNT_KEYS = ['conclusionsDue', 'conclusionsOverdue', 'remediationOverdue'] as const;
export type InspectionWorkCountKey = (typeof INSPECTION_WORK_COUNT_KEYS)[number];

/** The SPA page that lists each count: the inspection list by `conclusion`, the overdue remediation list. */
export const INSPECTION_WORK_COUNT_LINKS: Record<InspectionWorkCountKey, string> = {
  conclusionsDue: '/kiem-tra?conclusion=DUE',
  conclusionsOverdue: '/kiem-tra?conclusion=OVERDUE',
  remediationOverdue: '/kiem-tra?remediation=overdue',
};

export function getInspectionWorkCounts(token: Token, signal?: AbortSignal) {
  return apiFetch<InspectionWorkCounts>(`${I}/work-counts`, { token, signal });
}

/** A usable answer: every count is a number. */
export const isInspectionWorkCounts = (v: unknown): v is InspectionWorkCounts =>
  !!v && INSPECTION_WORK_COUNT_KEYS.every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

export function getInspection(id: string, token: Token, signal?: AbortSignal) {
  return apiFetch<InspectionView>(ins(id), { token, signal });
}

export function scheduleInspection(id: string, input: Omit<InspectionInput, 'unitCode'>, token: Token) {
  return apiFetch<InspectionView>(`${ins(id)}/schedule`, { method: 'PUT', body: input, token });
}

/**
 * `start` (with `?startedOn=` for a visit recorded afterwards), `end` (with `{endedOn?}`) or `cancel`;
 * `day` empty = today.
 */
export function inspectionAction(id: string, action: 'start' | 'end' | 'cancel', token: Token, day?: string) {
  return apiFetch<InspectionView>(`${ins(id)}/${action}`, {
    method: 'POST',
    query: action === 'start' && day ? { startedOn: day } : undefined,
    body: action === 'end' ? (day ? { endedOn: day } : {}) : undefined,
    token,
  });
}

export function getChecklist(id: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ChecklistGroup[]>(`${ins(id)}/checklist`, { token, signal });
}

/** The self-inspection report, `null` when none was submitted yet (404). */
export async function getSelfReport(id: string, token: Token, signal?: AbortSignal): Promise<SelfReportView | null> {
  try {
    return await apiFetch<SelfReportView>(`${ins(id)}/self-report`, { token, signal });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export function submitSelfReport(id: string, input: SelfReportInput, token: Token) {
  return apiFetch<SelfReportView>(`${ins(id)}/self-report`, { method: 'PUT', body: input, token });
}

export function getEvidence(id: string, asOf: string | undefined, token: Token, signal?: AbortSignal) {
  return apiFetch<EvidenceView>(`${ins(id)}/evidence`, { query: { asOf }, token, signal });
}

export function getLateDossiers(id: string, asOf: string | undefined, token: Token, signal?: AbortSignal) {
  return items(
    apiFetch<Page<LateDossierView>>(`${ins(id)}/evidence/late-dossiers`, { query: { asOf }, token, signal }),
  );
}

export function listFindings(id: string, token: Token, signal?: AbortSignal) {
  return apiFetch<FindingView[]>(`${ins(id)}/findings`, { token, signal });
}

export function createFinding(id: string, input: FindingInput, token: Token) {
  return apiFetch<FindingView>(`${ins(id)}/findings`, { method: 'POST', body: input, token });
}

export function updateFinding(id: string, findingId: string, input: FindingInput, token: Token) {
  return apiFetch<FindingView>(`${ins(id)}/findings/${enc(findingId)}`, { method: 'PUT', body: input, token });
}

export function deleteFinding(id: string, findingId: string, token: Token) {
  return apiFetch<void>(`${ins(id)}/findings/${enc(findingId)}`, { method: 'DELETE', token });
}

/** "Đưa vào phát hiện": stores the evidence figure `key` (as of `asOf`, default the inspection date) in the finding. */
export function pullFigure(id: string, findingId: string, key: string, asOf: string | undefined, token: Token) {
  return apiFetch<FindingView>(`${ins(id)}/findings/${enc(findingId)}/figures`, {
    method: 'POST',
    body: asOf ? { key, asOf } : { key },
    token,
  });
}

function multipart(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** Multipart `file`; the browser sets the boundary. */
export function uploadFindingDocument(id: string, findingId: string, file: File, token: Token) {
  return apiFetch<DocumentView>(`${ins(id)}/findings/${enc(findingId)}/documents`, {
    method: 'POST',
    rawBody: multipart(file),
    token,
  });
}

export function documentUrl(id: string, documentId: string) {
  return `${ins(id)}/documents/${enc(documentId)}`;
}

export function getDocument(id: string, documentId: string, token: Token) {
  return apiBlob(documentUrl(id, documentId), { token });
}

/** The conclusion (draft or issued), `null` when there is none yet (404). */
export async function getConclusion(id: string, token: Token, signal?: AbortSignal): Promise<ConclusionView | null> {
  try {
    return await apiFetch<ConclusionView>(`${ins(id)}/conclusion`, { token, signal });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export function saveConclusion(id: string, input: ConclusionInput, token: Token) {
  return apiFetch<ConclusionView>(`${ins(id)}/conclusion`, { method: 'PUT', body: input, token });
}

export function issueConclusion(id: string, token: Token) {
  return apiFetch<ConclusionView>(`${ins(id)}/conclusion/issue`, { method: 'POST', token });
}

export function conclusionPdfUrl(id: string) {
  return `${ins(id)}/conclusion.pdf`;
}

export function getConclusionPdf(id: string, token: Token) {
  return apiBlob(conclusionPdfUrl(id), { token, accept: 'application/pdf' });
}

export function listRemediation(id: string, token: Token, signal?: AbortSignal) {
  return apiFetch<RemediationView[]>(`${ins(id)}/remediation`, { token, signal });
}

export function createRemediation(id: string, input: RemediationInput, token: Token) {
  return apiFetch<RemediationView>(`${ins(id)}/remediation`, { method: 'POST', body: input, token });
}

export function reportRemediation(id: string, itemId: string, report: string, token: Token) {
  return apiFetch<RemediationView>(`${ins(id)}/remediation/${enc(itemId)}/report`, {
    method: 'POST',
    body: { report },
    token,
  });
}

export function uploadRemediationDocument(id: string, itemId: string, file: File, token: Token) {
  return apiFetch<DocumentView>(`${ins(id)}/remediation/${enc(itemId)}/documents`, {
    method: 'POST',
    rawBody: multipart(file),
    token,
  });
}

export function completeRemediation(id: string, itemId: string, token: Token) {
  return apiFetch<RemediationView>(`${ins(id)}/remediation/${enc(itemId)}/complete`, { method: 'POST', token });
}

export function returnRemediation(id: string, itemId: string, reason: string, token: Token) {
  return apiFetch<RemediationView>(`${ins(id)}/remediation/${enc(itemId)}/return`, {
    method: 'POST',
    body: { reason },
    token,
  });
}

/** Path of an inspection's workspace in the SPA (`/kiem-tra/:id`), optionally on a tab. */
export const inspectionPath = (id: string, tab?: string) => `/kiem-tra/${enc(id)}${tab ? `?tab=${enc(tab)}` : ''}`;
/** Path of a plan's page in the SPA (`/kiem-tra/ke-hoach/:planId`). */
export const planPath = (planId: string) => `/kiem-tra/ke-hoach/${enc(planId)}`;
export const NEW_PLAN_PATH = '/kiem-tra/ke-hoach/moi';

/** i18n key (under `inspections.evidence.sources`) of a figure's source topic, `undefined` for an unknown source. */
export function sourceKey(source: string | null | undefined): string | undefined {
  switch (source) {
    case 'cchc.dossiers.v1':
      return 'dossiers';
    case 'cchc.posting.v1':
      return 'posting';
    case 'cchc.par-index.v1':
      return 'parIndex';
    case 'manual':
      return 'manual';
    default:
      return undefined;
  }
}

/**
 * The checklist item (group code, item code) a figure most likely documents, from the seeded
 * content groups (services/inspections V1__content_groups.sql); `undefined` when none fits.
 */
export function suggestedItem(figureKey: string): { group: string; item?: string } | undefined {
  if (figureKey.startsWith('lateDossiers.')) return { group: 'TTHC_MOT_CUA', item: 'HO_SO_TRE_HAN' };
  if (figureKey.startsWith('posting.')) return { group: 'TTHC_MOT_CUA', item: 'NIEM_YET' };
  if (figureKey === 'dossiers.onlineRate' || figureKey === 'dossiers.postalRate')
    return { group: 'TTHC_MOT_CUA', item: 'TRUC_TUYEN_BUU_CHINH' };
  if (figureKey === 'dossiers.digitisationRate') return { group: 'TTHC_MOT_CUA', item: 'SO_HOA' };
  if (figureKey.startsWith('dossiers.')) return { group: 'TTHC_MOT_CUA', item: 'HO_SO_TRE_HAN' };
  if (figureKey.startsWith('parIndex.')) return { group: 'CHI_DAO_DIEU_HANH', item: 'TU_CHAM_DIEM' };
  return undefined;
}

/** Default group and item of a finding made from a figure, among the inspection's checklist groups. */
export function findingDefaults(
  figureKey: string,
  groups: readonly ChecklistGroup[],
): { groupCode?: string; itemId?: number } {
  const s = suggestedItem(figureKey);
  const group = groups.find((g) => g.code === s?.group) ?? groups[0];
  if (!group) return {};
  const item = s?.item && group.code === s.group ? group.items.find((i) => i.code === s.item) : undefined;
  return { groupCode: group.code, itemId: item?.itemId };
}
