import type * as G from './generated';
import type { Sendable } from './wire';
export type TimeUnit = G.TimeUnit;

export interface ProcessingTime {
  value: number;
  unit: TimeUnit | string;
}

/** `DRAFT` (no version in force yet), `IN_FORCE`, `AMENDED` (a later version in force), `ABOLISHED`. */
export type ProcedureState = G.ProcedureState;

/** An administrative procedure as listed by the procedures service (`GET /api/v1/procedures`). */
export interface ProcedureSummary {
  code: string;
  name: string;
  field?: string | null;
  /** Procedures service: the levels (cấp thực hiện), e.g. `['COMMUNE']`. */
  levels?: string[] | null;
  /** The dossiers service's copy of the catalogue carries a single level. */
  level?: string | null;
  decidingAgencyCode?: string | null;
  decidingAgencyName?: string | null;
  /** Absent in the dossiers service's copy of the catalogue. */
  state?: ProcedureState | string | null;
  processingTime?: ProcessingTime | null;
  onlineLevel?: OnlineLevel | string | null;
  version?: number | null;
  validFrom?: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  /** true when the server stopped counting at its cap (the worklist at 10 M dossiers): `total` is a lower bound */
  totalCapped?: boolean;
}

/** RFC 9457 problem details as returned by the services and the gateway. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  violations?: Violation[];
}

export interface Violation {
  field: string;
  rule?: string;
  message: string;
}

export type Channel = G.Channel;
export type OnlineLevel = G.OnlineLevel;
export type DecisionAction = G.DecisionAction;

export interface Fee {
  name: string;
  amount: number;
  note?: string | null;
}

export interface DossierComponent {
  name: string;
  copies: number;
  required: boolean;
  form?: string | null;
}

export interface InternalStep {
  name: string;
  actor: string;
  duration: number;
}

/** Body of `POST /api/v1/procedures` and (without `code`) `PUT /{code}/draft`. */
export type ProcedureInput = Sendable<G.ProcedureInput>;

export interface DecisionRef {
  id: number | string;
  number: string;
  decisionDate: string;
  effectiveDate: string;
  action?: DecisionAction | string | null;
}

/** A version as served (the input accepts a legacy `level` the view does not return). */
export interface ProcedureView extends Omit<ProcedureInput, 'level'> {
  code: string;
  baseCode?: string | null;
  decidingAgencyName?: string | null;
  state: ProcedureState | string;
  version: number;
  validFrom?: string | null;
  validTo?: string | null;
  /** True for a draft version. */
  draft?: boolean;
  hasDraft?: boolean;
  abolishedOn?: string | null;
  replacedBy?: string | null;
  decision?: DecisionRef | null;
}

export interface VersionSummary {
  version: number;
  name: string;
  processingTime?: ProcessingTime | null;
  validFrom?: string | null;
  validTo?: string | null;
  draft?: boolean;
  decision?: DecisionRef | null;
}

export interface ProcedureHistory {
  code: string;
  versions: VersionSummary[];
  decisions: DecisionRef[];
}

export interface FieldCount {
  field: string;
  count: number;
}

export type DecisionItemInput = Sendable<G.DecisionItemInput>;

export type DecisionInput = Sendable<G.DecisionInput>;

/** A row of `GET /decisions` (no items; `GET /decisions/{id}` has them). */
export interface DecisionSummary {
  id: number | string;
  number: string;
  title?: string | null;
  issuerCode?: string | null;
  decisionDate: string;
  effectiveDate: string;
  recordedAt?: string | null;
}

/**
 * The catalogue staff's home page counts (`GET /api/v1/procedures/work-counts`), over the caller's province: each the
 * total of the list it links to ({@link catalogueWorkCountLinks}).
 */
export interface CatalogueWorkCounts {
  province: string;
  /** The day the counts are of. */
  asOf: string;
  /** Procedures in state DRAFT today (`GET /procedures?state=DRAFT`). */
  drafts: number;
  /** Decisions of the province's catalogue taking effect from `effectiveFrom` to `effectiveTo` (today … +7 days). */
  decisionsTakingEffect: number;
  effectiveFrom: string;
  effectiveTo: string;
  /** `totals.missing` of the province's compliance overview. */
  missingPostings: number;
  /** `totals.stale` of the province's compliance overview. */
  stalePostings: number;
}

export interface DecisionView {
  id: number | string;
  number: string;
  title?: string | null;
  issuerCode?: string | null;
  decisionDate: string;
  effectiveDate: string;
  recordedAt?: string | null;
  recordedBy?: string | null;
  items: {
    procedureCode: string;
    action: DecisionAction | string;
    version?: number | null;
    replacedBy?: string | null;
  }[];
}

export type ImportStatus = 'RUNNING' | 'REJECTED' | 'COMPLETED' | 'FAILED';

export interface ImportError {
  row: number;
  field?: string | null;
  rule?: string | null;
  message: string;
}

export interface ImportJob {
  id: number | string;
  fileName?: string | null;
  format?: 'JSON' | 'CSV' | 'XLSX' | string;
  status: ImportStatus | string;
  /** VALIDATING, WRITING, DONE (not in the README's shape, but sent by the service). */
  phase?: string | null;
  total: number;
  processed: number;
  created: number;
  published: number;
  errors: ImportError[];
  startedAt?: string | null;
  finishedAt?: string | null;
}

export type UnitKind = G.UnitKind;

export interface UnitView {
  code: string;
  name: string;
  kind: UnitKind | string;
  level?: string | null;
  parentCode?: string | null;
  path?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  successorCode?: string | null;
  receivesDossiers?: boolean;
  fields?: string[] | null;
  version?: number;
}

export interface PostingItem {
  procedureCode: string;
  name: string;
  version: number;
  postedOn?: string | null;
}

export interface Posting {
  unitCode: string;
  unitName: string;
  items: PostingItem[];
}

export interface ComplianceReport {
  unitCode: string;
  unitName: string;
  asOf: string;
  required: number;
  posted: number;
  compliant: number;
  /** Percentage 0–100 (e.g. 87.50). */
  complianceRate: number;
  stalePosted: { procedureCode: string; name: string; postedVersion: number; state: string }[];
  missing: { procedureCode: string; name: string; version: number }[];
  outdated: { procedureCode: string; name: string; postedVersion: number; versionInForce: number }[];
}

export interface ComplianceSummary {
  unitCode: string;
  unitName: string;
  required: number;
  posted: number;
  compliant: number;
  missing: number;
  stale: number;
  outdated: number;
  complianceRate: number;
}

/** `totals` is not spelled out by the contract; the counts of {@link ComplianceSummary} are assumed. */
export interface ComplianceTotals {
  units?: number;
  required?: number;
  posted?: number;
  compliant?: number;
  missing?: number;
  stale?: number;
  outdated?: number;
  complianceRate?: number;
}

export interface ComplianceOverview {
  asOf: string;
  unitCode?: string | null;
  totals: ComplianceTotals;
  units: ComplianceSummary[];
}
