import { apiBlob, apiFetch } from './client';
import type { Page } from './types';

/**
 * PAR index service (Chỉ số CCHC and the QĐ 766 service index): shapes from
 * services/par-index/src/main/java/vn/cchc/parindex/rest/*Dtos.java and the README's endpoint table.
 * Decimal values (points, percentages) arrive as JSON numbers.
 */
export const PAR_API = '/api/v1/par-index';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const enc = encodeURIComponent;
type Token = string | null | undefined;

/* ------------------------------------------------------------------ criteria sets */

export const SCORING_METHODS = ['SELF_APPRAISED', 'AUTOMATIC', 'SURVEY'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const RULE_TYPES = ['QUANTITATIVE', 'YES_NO', 'COUNT', 'BONUS', 'PENALTY', 'MANUAL'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** Indicator keys of the automatic criteria (the service's `IndicatorKey`). */
export const INDICATOR_KEYS = [
  'DOSSIER_ON_TIME_RATE',
  'DOSSIER_LATE_APOLOGY_RATE',
  'DOSSIER_ONLINE_RATE',
  'DOSSIER_DIGITISED_RATE',
  'DOSSIER_SATISFACTION_RATE',
  'POSTING_COMPLIANCE_RATE',
  'PROCESSING_TIME_REDUCTION_RATE',
  'REMEDIATION_COMPLETION_RATE',
] as const;

/** Levels of a criteria set seen in the service (free text upper-case codes are accepted too). */
export const LEVELS = ['PROVINCE_DEPARTMENT', 'COMMUNE'] as const;

export type SetStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';

export interface RuleStep {
  /** At or above this value… */
  atLeast: number;
  /** …the criterion earns this share (0 … 1) of its maximum. */
  share: number;
}

export interface ScoringRule {
  type: RuleType;
  target?: number | null;
  steps?: RuleStep[] | null;
  proportional?: boolean | null;
  pointsPerItem?: number | null;
  noData?: 'ZERO' | 'FULL' | null;
}

/** A node of a criteria tree as sent (`NodeInput`) and received (`NodeView`). */
export interface CriteriaNode {
  code: string;
  name: string;
  maxPoints: number;
  method?: ScoringMethod | null;
  indicatorKey?: string | null;
  rule?: ScoringRule | null;
  sample?: boolean | null;
  children: CriteriaNode[];
}

export interface CriteriaSetView {
  id: number;
  code: string;
  name: string;
  year: number;
  level: string;
  province: string;
  maxPoints: number;
  status: SetStatus | string;
  issuingDecision?: string | null;
  sample: boolean;
  note?: string | null;
  createdAt?: string | null;
}

export interface CriteriaSetDetail {
  set: CriteriaSetView;
  nodeCount: number;
  leafCount: number;
  fields: CriteriaNode[];
}

/** Body of `POST /criteria-sets` (also the JSON import document). */
export interface CriteriaSetInput {
  code: string;
  name: string;
  year: number;
  level: string;
  province: string;
  maxPoints: number;
  issuingDecision?: string | null;
  sample?: boolean;
  note?: string | null;
  fields?: CriteriaNode[];
}

/* ------------------------------------------------------------------ assessments */

export const ASSESSMENT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPRAISED',
  'EXPLANATION',
  'REAPPRAISED',
  'FINALISED',
  'PUBLISHED',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'appraise', 'explain', 'reappraise', 'finalise', 'publish'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface AssessmentView {
  id: number;
  criteriaSetId: number;
  criteriaSetCode?: string | null;
  year: number;
  level: string;
  province: string;
  unitCode: string;
  unitName?: string | null;
  status: AssessmentStatus | string;
  version: number;
  /** The workflow steps the caller may take now (`submit`, `appraise`, …). */
  allowedActions: string[];
  missingEvidenceConfirmed?: string[] | null;
  createdAt?: string | null;
  createdBy?: string | null;
  submittedAt?: string | null;
  finalisedAt?: string | null;
  publishedAt?: string | null;
  totalPoints?: number | null;
  maxPoints?: number | null;
  percent?: number | null;
  rankGroup?: string | null;
}

/** What an automatic or survey criterion's value is made of. */
export interface Computed {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  source?: string | null;
  definition?: string | null;
  frozen: boolean;
  score?: number | null;
}

export interface LeafEntry {
  selfValue?: number | null;
  selfScore?: number | null;
  selfNote?: string | null;
  evidenceIds: string[];
  missingEvidence: boolean;
  appraisedValue?: number | null;
  appraisedScore?: number | null;
  appraiserComment?: string | null;
  explanation?: string | null;
  reappraisedValue?: number | null;
  reappraisedScore?: number | null;
  reappraisalComment?: string | null;
  computed?: Computed | null;
  currentScore?: number | null;
  finalScore?: number | null;
}

export interface CriterionView {
  code: string;
  name: string;
  maxPoints: number;
  method?: ScoringMethod | null;
  indicatorKey?: string | null;
  rule?: ScoringRule | null;
  sample: boolean;
  selfPoints?: number | null;
  currentPoints?: number | null;
  currentPercent?: number | null;
  /** Only on leaves. */
  entry?: LeafEntry | null;
  children: CriterionView[];
}

export interface Totals {
  selfPoints?: number | null;
  currentPoints?: number | null;
  maxPoints?: number | null;
  selfPercent?: number | null;
  currentPercent?: number | null;
  currentRankGroup?: string | null;
}

export interface MissingEvidence {
  code: string;
  name: string;
  selfScore?: number | null;
  maxPoints?: number | null;
}

export interface AssessmentDetail {
  assessment: AssessmentView;
  totals: Totals;
  missingEvidence: MissingEvidence[];
  criteria: CriterionView[];
}

export interface FieldResult {
  code: string;
  name: string;
  points?: number | null;
  maxPoints?: number | null;
  percent?: number | null;
}

export interface ResultView {
  assessmentId: number;
  unitCode: string;
  unitName?: string | null;
  year: number;
  level: string;
  status: string;
  finalResult: boolean;
  totalPoints?: number | null;
  maxPoints?: number | null;
  percent?: number | null;
  rankGroup?: string | null;
  fields: FieldResult[];
}

export interface EvidenceView {
  id: string;
  filename: string;
  contentType?: string | null;
  size: number;
  sha256?: string | null;
  uploadedBy?: string | null;
  uploadedAt?: string | null;
  /** Codes of the criteria the document backs. */
  linkedCriteria: string[];
}

export interface AutomaticView {
  code: string;
  name: string;
  indicatorKey?: string | null;
  method?: ScoringMethod | null;
  computed?: Computed | null;
}

export interface SelfInput {
  value: number | null;
  note?: string | null;
  evidenceIds: string[];
}

export interface AppraisalInput {
  value: number | null;
  comment?: string | null;
}

export interface ExplanationInput {
  explanation: string;
  evidenceIds: string[];
}

/* ------------------------------------------------------------------ results */

export interface RankingRow {
  rank: number;
  assessmentId: number;
  unitCode: string;
  unitName?: string | null;
  status: string;
  totalPoints?: number | null;
  maxPoints?: number | null;
  percent?: number | null;
  rankGroup?: string | null;
  previousYear?: number | null;
  previousPercent?: number | null;
  change?: number | null;
}

export interface GroupCount {
  group: string;
  label?: string | null;
  units: number;
}

export interface Ranking {
  year: number;
  level: string;
  includesUnpublished: boolean;
  groups: GroupCount[];
  rows: RankingRow[];
}

export interface HistoryRow {
  year: number;
  assessmentId: number;
  status: string;
  totalPoints?: number | null;
  maxPoints?: number | null;
  percent?: number | null;
  rankGroup?: string | null;
  changeFromPreviousYear?: number | null;
}

export type IndicatorState = 'COMPUTED' | 'NO_DATA' | 'NOT_COMPUTABLE';

export interface Indicator766 {
  id: string;
  name: string;
  state: IndicatorState | string;
  numerator?: number | null;
  denominator?: number | null;
  /** 0 … 1 (four decimals). */
  ratio?: number | null;
  maxPoints?: number | null;
  points?: number | null;
  rule?: string | null;
}

export interface Group766 {
  id: string;
  name: string;
  maxPoints?: number | null;
  computablePoints?: number | null;
  computableMax?: number | null;
  indicators: Indicator766[];
}

export interface ServiceIndexView {
  unitCode: string;
  unitName?: string | null;
  period: string;
  from?: string | null;
  to?: string | null;
  points?: number | null;
  computableMax?: number | null;
  maxPoints?: number | null;
  /** When the dossiers service computed these figures (it owns QĐ 766); null when it has published none yet. */
  computedAt?: string | null;
  groups: Group766[];
}

export interface TrendPoint766 {
  /** `2026-05` */
  period: string;
  points?: number | null;
  computableMax?: number | null;
  /** Indicator 2.1 (on time), 0 … 1. */
  ratio21?: number | null;
  /** Indicator 5.4 (satisfaction), 0 … 1. */
  ratio54?: number | null;
}

/* ------------------------------------------------------------------ calls: criteria sets */

export function listCriteriaSets(
  q: { year?: number | null; page?: number; size?: number },
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<Page<CriteriaSetView>>(`${PAR_API}/criteria-sets`, {
    token,
    signal,
    query: { year: q.year, page: q.page ?? 0, size: q.size ?? 100 },
  });
}

export function getCriteriaSet(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<CriteriaSetDetail>(`${PAR_API}/criteria-sets/${enc(String(id))}`, { token, signal });
}

export function createCriteriaSet(input: CriteriaSetInput, token: Token) {
  return apiFetch<CriteriaSetView>(`${PAR_API}/criteria-sets`, { method: 'POST', token, body: input });
}

export function replaceTree(id: number | string, fields: CriteriaNode[], token: Token) {
  return apiFetch<CriteriaSetDetail>(`${PAR_API}/criteria-sets/${enc(String(id))}/tree`, {
    method: 'PUT',
    token,
    body: { fields: fields.map(toNodeInput) },
  });
}

export function activateCriteriaSet(id: number | string, token: Token) {
  return apiFetch<CriteriaSetView>(`${PAR_API}/criteria-sets/${enc(String(id))}/activate`, { method: 'POST', token });
}

export function retireCriteriaSet(id: number | string, token: Token) {
  return apiFetch<CriteriaSetView>(`${PAR_API}/criteria-sets/${enc(String(id))}/retire`, { method: 'POST', token });
}

/** The Content-Type of an import file: `.xlsx` → spreadsheet, anything else → JSON. */
export function importContentType(file: Pick<File, 'name' | 'type'>): string {
  return /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE ? XLSX_TYPE : 'application/json';
}

export function importCriteriaSet(file: File, token: Token) {
  return apiFetch<CriteriaSetView>(`${PAR_API}/criteria-sets/import`, {
    method: 'POST',
    token,
    rawBody: file,
    contentType: importContentType(file),
  });
}

export function exportCriteriaSet(id: number | string, format: 'json' | 'xlsx', token: Token) {
  return apiBlob(`${PAR_API}/criteria-sets/${enc(String(id))}/export`, {
    token,
    query: { format },
    accept: format === 'xlsx' ? XLSX_TYPE : 'application/json',
  });
}

/* ------------------------------------------------------------------ calls: assessments */

export interface AssessmentFilter {
  year?: number | null;
  status?: string | null;
  unitCode?: string | null;
  criteriaSetId?: number | null;
  page?: number;
  size?: number;
}

/** The appraiser's work counts (`GET /par-index/work-counts`): each the total of the assessment list by status. */
export interface AppraisalWorkCounts {
  province: string;
  waitingAppraisal: number;
  waitingReappraisal: number;
}

export const APPRAISAL_WORK_COUNT_KEYS = ['waitingAppraisal', 'waitingReappraisal'] as const;
export type AppraisalWorkCountKey = (typeof APPRAISAL_WORK_COUNT_KEYS)[number];

/** The assessment list (`/chi-so?status=…`) that holds each count. */
export const APPRAISAL_WORK_COUNT_LINKS: Record<AppraisalWorkCountKey, string> = {
  waitingAppraisal: '/chi-so?status=SUBMITTED',
  waitingReappraisal: '/chi-so?status=EXPLANATION',
};

export function getAppraisalWorkCounts(token: Token, signal?: AbortSignal) {
  return apiFetch<AppraisalWorkCounts>(`${PAR_API}/work-counts`, { token, signal });
}

/** A usable answer: every count is a number. */
export const isAppraisalWorkCounts = (v: unknown): v is AppraisalWorkCounts =>
  !!v && APPRAISAL_WORK_COUNT_KEYS.every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

export function listAssessments(f: AssessmentFilter, token: Token, signal?: AbortSignal) {
  return apiFetch<Page<AssessmentView>>(`${PAR_API}/assessments`, {
    token,
    signal,
    query: {
      year: f.year,
      status: f.status,
      unitCode: f.unitCode,
      criteriaSetId: f.criteriaSetId,
      page: f.page ?? 0,
      size: f.size ?? 50,
    },
  });
}

export function createAssessment(body: { criteriaSetId: number; unitCode: string }, token: Token) {
  return apiFetch<AssessmentDetail>(`${PAR_API}/assessments`, { method: 'POST', token, body });
}

const assessmentUrl = (id: number | string) => `${PAR_API}/assessments/${enc(String(id))}`;

export function getAssessment(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<AssessmentDetail>(assessmentUrl(id), { token, signal });
}

export function saveSelf(id: number | string, code: string, body: SelfInput, token: Token) {
  return apiFetch<AssessmentDetail>(`${assessmentUrl(id)}/criteria/${enc(code)}/self`, { method: 'PUT', token, body });
}

export function saveAppraisal(id: number | string, code: string, body: AppraisalInput, token: Token) {
  return apiFetch<AssessmentDetail>(`${assessmentUrl(id)}/criteria/${enc(code)}/appraisal`, {
    method: 'PUT',
    token,
    body,
  });
}

export function saveExplanation(id: number | string, code: string, body: ExplanationInput, token: Token) {
  return apiFetch<AssessmentDetail>(`${assessmentUrl(id)}/criteria/${enc(code)}/explanation`, {
    method: 'PUT',
    token,
    body,
  });
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: XLSX_TYPE,
  zip: 'application/zip',
};

/** Extensions the service accepts for evidence (≤ 20 MB). */
export const EVIDENCE_ACCEPT = Object.keys(EXTENSION_TYPES)
  .map((e) => `.${e}`)
  .join(',');
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** The Content-Type of an evidence file: the browser's, else from the extension. */
export function evidenceContentType(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) return file.type;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (ext && EXTENSION_TYPES[ext]) || 'application/octet-stream';
}

export function uploadEvidence(id: number | string, file: File, token: Token) {
  return apiFetch<EvidenceView>(`${assessmentUrl(id)}/evidence`, {
    method: 'POST',
    token,
    query: { filename: file.name },
    rawBody: file,
    contentType: evidenceContentType(file),
  });
}

export function listEvidence(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<EvidenceView[]>(`${assessmentUrl(id)}/evidence`, { token, signal });
}

export function downloadEvidence(id: number | string, documentId: string, token: Token) {
  return apiBlob(`${assessmentUrl(id)}/evidence/${enc(documentId)}/content`, { token });
}

export function getMissingEvidence(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<MissingEvidence[]>(`${assessmentUrl(id)}/missing-evidence`, { token, signal });
}

/** A workflow step; `submit` carries the criteria without evidence the unit confirms. */
export function takeAction(
  id: number | string,
  action: WorkflowAction,
  token: Token,
  confirmMissingEvidence?: string[],
) {
  const body = action === 'submit' ? { confirmMissingEvidence: confirmMissingEvidence ?? [] } : {};
  return apiFetch<AssessmentView>(`${assessmentUrl(id)}/actions/${action}`, { method: 'POST', token, body });
}

export function getResult(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<ResultView>(`${assessmentUrl(id)}/result`, { token, signal });
}

export function getAutomatic(id: number | string, token: Token, signal?: AbortSignal) {
  return apiFetch<AutomaticView[]>(`${assessmentUrl(id)}/automatic`, { token, signal });
}

/* ------------------------------------------------------------------ calls: results, 766 */

export function getRanking(year: number, level: string, token: Token, signal?: AbortSignal) {
  return apiFetch<Ranking>(`${PAR_API}/rankings`, { token, signal, query: { year, level } });
}

export function exportRanking(year: number, level: string, token: Token) {
  return apiBlob(`${PAR_API}/rankings/export`, { token, query: { year, level }, accept: XLSX_TYPE });
}

export function getUnitHistory(unitCode: string, token: Token, signal?: AbortSignal) {
  return apiFetch<HistoryRow[]>(`${PAR_API}/results/units/${enc(unitCode)}/history`, { token, signal });
}

export function getServiceIndex(unitCode: string, period: string, token: Token, signal?: AbortSignal) {
  return apiFetch<ServiceIndexView>(`${PAR_API}/service-index/${enc(unitCode)}`, { token, signal, query: { period } });
}

export function getServiceIndexTrend(unitCode: string, year: number, token: Token, signal?: AbortSignal) {
  return apiFetch<TrendPoint766[]>(`${PAR_API}/service-index/${enc(unitCode)}/trend`, {
    token,
    signal,
    query: { year },
  });
}

/* ------------------------------------------------------------------ calls: surveys (SIPAS-style) */

/** An imported survey value (`ReadModelRepository.SurveyRow`). */
export interface SurveyRow {
  year: number;
  unitCode: string;
  key: string;
  value: number;
  respondents?: number | null;
  source?: string | null;
  importedAt?: string | null;
}

/**
 * A row to import (`SurveyService.Row`): the service reads every field as text, so a value that is
 * not a number is sent as it was typed and refused by the server naming the row.
 */
export interface SurveyRowInput {
  unitCode: string;
  key: string;
  value: number | string | null;
  respondents?: number | string | null;
  source?: string | null;
}

/** Answer of an accepted import: the year and how many rows were written. */
export interface SurveyImportResult {
  year: number;
  rows: number;
}

/** Header of the CSV the service reads (`source` optional). */
export const SURVEY_CSV_HEADER = 'unitCode,key,value,respondents,source';
export const SURVEY_COLUMNS = ['unitCode', 'key', 'value', 'respondents', 'source'] as const;

export function listSurveys(year: number, unitCode: string | null | undefined, token: Token, signal?: AbortSignal) {
  return apiFetch<SurveyRow[]>(`${PAR_API}/surveys`, {
    token,
    signal,
    query: { year, unitCode: unitCode?.trim() || undefined },
  });
}

/** Imports a CSV file (header {@link SURVEY_CSV_HEADER}) as `text/csv`; all rows or none. */
export function importSurveyCsv(year: number, csv: Blob | string, token: Token) {
  return apiFetch<SurveyImportResult>(`${PAR_API}/surveys/import`, {
    method: 'POST',
    token,
    query: { year },
    rawBody: csv,
    contentType: 'text/csv',
  });
}

/** Imports rows as a JSON array; all rows or none. */
export function importSurveyRows(year: number, rows: SurveyRowInput[], token: Token) {
  return apiFetch<SurveyImportResult>(`${PAR_API}/surveys/import`, {
    method: 'POST',
    token,
    query: { year },
    body: rows,
  });
}

const numberOrText = (s: string | undefined): number | string | null => {
  const v = (s ?? '').trim();
  if (!v) return null;
  const n = v.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : v;
};

/**
 * Rows pasted from a spreadsheet or typed: one row a line, cells separated by tabs, semicolons or
 * commas (the first of these the text contains), in the order unitCode, key, value, respondents,
 * source; a first line starting with `unitCode` is a header and skipped; blank lines are ignored.
 * A decimal comma (`85,5`) is read as a point (cells separated by tabs or semicolons).
 */
export function parseSurveyRows(text: string): SurveyRowInput[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const sep = text.includes('\t') ? '\t' : text.includes(';') ? ';' : ',';
  const body = /^\s*unitCode\b/i.test(lines[0]) ? lines.slice(1) : lines;
  return body.map((line) => {
    const c = line.split(sep).map((x) => x.trim());
    const row: SurveyRowInput = { unitCode: c[0] ?? '', key: c[1] ?? '', value: numberOrText(c[2]) };
    const respondents = numberOrText(c[3]);
    if (respondents !== null) row.respondents = respondents;
    if (c[4]) row.source = c[4];
    return row;
  });
}

/** The row index of a violation's field (`rows[3].value` → 3, field `value`); undefined for file-level ones. */
export function surveyViolationRow(field: string | undefined): { row: number; field: string } | undefined {
  const m = /(?:^|\.)rows\[(\d+)\]\.(\w+)$/.exec(field ?? '');
  return m ? { row: Number(m[1]), field: m[2] } : undefined;
}

/* ------------------------------------------------------------------ scoring: the server's only */

const isLeaf = (n: { children?: unknown[] | null }) => !n.children || n.children.length === 0;

/**
 * The points a value would give a criterion, as the server's ScoringRule computes them (BigDecimal, two decimals;
 * negative for a penalty). The SPA never scores a value itself.
 */
export interface ScorePreview {
  code: string;
  value: number | null;
  points: number;
  maxPoints: number;
  countsTowardsMaximum: boolean;
}

/**
 * `POST /criteria-sets/{id}/criteria/{code}/score-preview`: scores `value` (null = no value) without saving it. A value
 * the save would refuse is a 400 problem naming `value`, with the server's message.
 */
export function previewScore(
  setId: number | string,
  code: string,
  value: number | null,
  token: Token,
  signal?: AbortSignal,
) {
  return apiFetch<ScorePreview>(`${PAR_API}/criteria-sets/${enc(String(setId))}/criteria/${enc(code)}/score-preview`, {
    method: 'POST',
    token,
    body: { value },
    signal,
  });
}

/* ------------------------------------------------------------------ trees */

/**
 * One problem of a tree as the save of the tree names it: the request path (`fields[0].children[1].maxPoints`), a stable
 * rule code (`totals`, `unique`, `indicatorKey` …), the server's English message, the node's `code` (null: the set);
 * a `totals` problem also carries the counted children's `sum` and the node's (or the set's) `max`.
 */
export interface TreeProblem {
  field: string;
  rule: string;
  message: string;
  code: string | null;
  sum?: number | null;
  max?: number | null;
}

/**
 * The server's check of a tree being edited (`CriteriaTree`, the one the save runs; nothing saved): `ok` when the save
 * would accept it, the counted total of the fields against the set's maximum, the first problems and their total,
 * and the codes of the nodes that do not count towards their parent's maximum (bonus, penalty).
 */
export interface TreeCheck {
  ok: boolean;
  fieldsTotal: number;
  maxPoints: number;
  problems: TreeProblem[];
  problemCount: number;
  notCounted: string[];
}

/** `POST /criteria-sets/{id}/tree-check`: checks `fields` as `PUT /tree` would, without saving (admins of the set). */
export function checkTree(id: number | string, fields: CriteriaNode[], token: Token, signal?: AbortSignal) {
  return apiFetch<TreeCheck>(`${PAR_API}/criteria-sets/${enc(String(id))}/tree-check`, {
    method: 'POST',
    token,
    body: { fields: fields.map(toNodeInput) },
    signal,
  });
}

/** Every node of a tree, depth first, parents first. */
export function flatten<T extends { children?: T[] | null }>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  const visit = (n: T) => {
    out.push(n);
    (n.children ?? []).forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/** The leaves of a tree, in order. */
export const leavesOf = <T extends { children?: T[] | null }>(nodes: readonly T[]) =>
  flatten(nodes).filter((n) => isLeaf(n));

/** The node of `code`, or undefined. */
export const findNode = <T extends { code: string; children?: T[] | null }>(nodes: readonly T[], code: string) =>
  flatten(nodes).find((n) => n.code === code);

/** A tree node as `NodeInput` for `PUT /tree`: leaves keep method/rule, inner nodes drop them. */
export function toNodeInput(n: CriteriaNode): CriteriaNode {
  const leaf = isLeaf(n);
  return {
    code: n.code.trim(),
    name: n.name.trim(),
    maxPoints: Number(n.maxPoints),
    method: leaf ? (n.method ?? null) : null,
    indicatorKey: leaf && n.method && n.method !== 'SELF_APPRAISED' ? n.indicatorKey?.trim() || null : null,
    rule: leaf ? (n.rule ?? null) : null,
    sample: !!n.sample,
    children: (n.children ?? []).map(toNodeInput),
  };
}

/* ------------------------------------------------------------------ results helpers */

export const RANK_GROUPS = ['A', 'B', 'C'] as const;

/** Group of a percentage: A ≥ 90 %, B 80 – < 90 %, C < 80 %. */
export function rankGroupOf(percent: number | null | undefined): 'A' | 'B' | 'C' | null {
  if (percent === null || percent === undefined) return null;
  return percent >= 90 ? 'A' : percent >= 80 ? 'B' : 'C';
}

export const RANK_GROUP_COLORS: Record<string, string> = { A: 'green', B: 'gold', C: 'red' };

export const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  APPRAISED: 'cyan',
  EXPLANATION: 'orange',
  REAPPRAISED: 'geekblue',
  FINALISED: 'purple',
  PUBLISHED: 'green',
  ACTIVE: 'green',
  RETIRED: 'default',
};

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The `period` parameter of the 766 index: `2026`, `2026-Q2` or `2026-05`. */
export function periodParam(kind: PeriodKind, year: number, part = 1): string {
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.min(4, Math.max(1, part))}`;
  return `${year}-${String(Math.min(12, Math.max(1, part))).padStart(2, '0')}`;
}

/** The parts of a `period` parameter; unknown text → null. */
export function parsePeriod(p: string | null | undefined): { kind: PeriodKind; year: number; part: number } | null {
  if (!p) return null;
  let m = /^(\d{4})$/.exec(p);
  if (m) return { kind: 'year', year: Number(m[1]), part: 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return { kind: 'quarter', year: Number(m[1]), part: Number(m[2]) };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p);
  if (m) return { kind: 'month', year: Number(m[1]), part: Number(m[2]) };
  return null;
}

/** The province of a unit code (`H99` of `H99.X01`). */
export const provinceOf = (unitCode?: string | null) => (unitCode ? unitCode.split('.')[0] : undefined);

/** 12.5 → "12,5" (vi) / "12.5" (en); null → "—". */
export function formatPoints(n: number | null | undefined, lang = 'vi'): string {
  if (n === null || n === undefined || !Number.isFinite(Number(n))) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 2 }).format(Number(n));
}

/** "+2,5" / "−1" / "0" for a change in percentage points. */
export function formatChange(v: number | null | undefined, lang = 'vi'): string {
  if (v === null || v === undefined) return '—';
  const n = Number(v);
  const abs = formatPoints(Math.abs(n), lang);
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : abs;
}

/** 85.87 → "85,87%" (vi) / "85.87%" (en); null → "—". PAR percentages carry two decimals. */
export function formatPct(n: number | null | undefined, lang = 'vi'): string {
  if (n === null || n === undefined || !Number.isFinite(Number(n))) return '—';
  return `${formatPoints(Number(n), lang)}%`;
}

/** File name of a criteria set export. */
export const setExportFileName = (code: string, format: 'json' | 'xlsx') => `bo-tieu-chi_${code}.${format}`;
/** File name of a ranking export. */
export const rankingExportFileName = (year: number, level: string) => `xep-hang-chi-so-cchc_${year}_${level}.xlsx`;
