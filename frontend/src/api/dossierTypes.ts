import type * as G from './generated';
import type { Sendable } from './wire';
/**
 * Shapes of the dossiers service (services/dossiers/README.md). Fields the README does not spell
 * out are optional here, and every reader tolerates their absence.
 */

/** National portal status names, in the order of their codes 1–10. */
export const DOSSIER_STATUSES = [
  'REGISTERED',
  'RECEIVED',
  'REFUSED',
  'PROCESSING',
  'SUPPLEMENT_REQUESTED',
  'FINANCIAL_OBLIGATION',
  'WITHDRAWN',
  'STOPPED',
  'RESOLVED',
  'RETURNED',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Transitions of `POST /dossiers/{code}/actions/{action}` (`receive` is `POST /dossiers`). */
export const DOSSIER_ACTIONS = [
  'accept',
  'refuse',
  'start',
  'handover',
  'request-supplement',
  'supplement-received',
  'request-financial',
  'financial-fulfilled',
  'apology',
  'resolve',
  'return',
  'withdraw',
  'stop',
] as const;

export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export type DossierChannel = 'DIRECT' | 'ONLINE' | 'POSTAL';
export type ReturnMethod = 'DIRECT' | 'POSTAL' | 'ELECTRONIC';
export type Classification = 'EARLY' | 'ON_TIME' | 'LATE';

export interface Applicant {
  name: string;
  idNumber?: string | null;
  phone: string;
  email?: string | null;
  address?: string | null;
}

export interface ReceivedComponent {
  name: string;
  copies: number;
}

/** Body of `POST /api/v1/dossiers`. */
export type ReceiveInput = Sendable<G.ReceiveInput>;

/** `POST /due-date`: the clock start, the due date and the processing time of the procedure's version in force. */
export interface DueDatePreview {
  clockStartAt: string;
  dueAt: string;
  processingTime: number;
  unit: string;
}

export interface Apology {
  number?: string | null;
  reason: string;
  originalDueAt?: string | null;
  newDueAt: string;
  signer: string;
  issuedAt?: string | null;
  timely?: boolean | null;
}

export interface Pause {
  kind: string;
  from: string;
  to?: string | null;
}

export interface Handover {
  stepName: string;
  fromUser?: string | null;
  toUser?: string | null;
  toUnitCode?: string | null;
  at: string;
  budgetHours?: number | null;
  usedHours?: number | null;
  /** Assumed EARLY | ON_TIME | LATE (Trước hạn / Đúng hạn / Quá hạn), null while the step runs. */
  result?: Classification | string | null;
}

/**
 * A step of a dossier's history. `at` is when it happened (for a dossier from an older system, that system's time),
 * `recordedAt` when the server wrote it (the import time); `label` is the server's Vietnamese name of `action`
 * (e.g. "Tiếp nhận hồ sơ", "Chuyển từ hệ thống cũ"), shown instead of the code.
 */
export interface HistoryEntry {
  at: string;
  recordedAt?: string | null;
  actor?: string | null;
  action: string;
  label?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
}

/** A step of public tracking: when it happened, the status after it, the action code and its Vietnamese name. */
export interface TrackingStep {
  at: string;
  status: string | number;
  action?: string | null;
  label?: string | null;
}

export interface DossierView {
  code: string;
  status: DossierStatus | string;
  statusCode?: number | null;
  procedureCode: string;
  procedureName?: string | null;
  field?: string | null;
  receivingUnitCode?: string | null;
  decidingUnitCode?: string | null;
  channel?: DossierChannel | string | null;
  applicant?: Applicant | null;
  content?: string | null;
  components?: ReceivedComponent[] | null;
  receivedAt?: string | null;
  clockStartAt?: string | null;
  dueAt?: string | null;
  extendedDueAt?: string | null;
  effectiveDueAt?: string | null;
  resolvedAt?: string | null;
  returnedAt?: string | null;
  returnMethod?: ReturnMethod | string | null;
  classification?: Classification | string | null;
  overdue?: boolean;
  dueSoon?: boolean;
  apology?: Apology | null;
  /** The last day ("yyyy-MM-dd") on which an apology issued now is timely: the server's rule, never computed here. */
  apologyTimelyUntil?: string | null;
  lateWithoutApology?: boolean;
  pauses?: Pause[] | null;
  handovers?: Handover[] | null;
  history?: HistoryEntry[] | null;
  allowedActions?: string[] | null;
}

/**
 * A worklist row. The README does not give the list's item shape; a subset of {@link DossierView}
 * is assumed (and `applicantName` is read when `applicant` is absent).
 */
export type DossierSummary = Partial<DossierView> &
  Pick<DossierView, 'code' | 'status'> & { applicantName?: string | null; hasApology?: boolean | null };

export interface TrackingView {
  code: string;
  procedureName?: string | null;
  status: DossierStatus | string;
  statusCode?: number | null;
  receivedAt?: string | null;
  dueAt?: string | null;
  effectiveDueAt?: string | null;
  resolvedAt?: string | null;
  returnedAt?: string | null;
  history?: TrackingStep[] | null;
  /** Rated already (a dossier is rated once): the app does not offer "Đánh giá" again. */
  rated?: boolean | null;
}

export type CalendarKind = 'HOLIDAY' | 'COMPENSATORY_OFF' | 'SWAPPED_WORKDAY';

/**
 * Where a day comes from (docs/domain/calendar.md §8): LAW = statutory default (BLLĐ 2019 Điều 112.1),
 * COMPENSATION = nghỉ bù computed by Điều 111.3, DECISION = a stored official decision.
 */
export type CalendarSource = 'LAW' | 'COMPENSATION' | 'DECISION';

export interface CalendarDay {
  /** Decisions carry the id that `DELETE /calendar/{year}/entries/{id}` takes. */
  id?: number | string | null;
  date: string;
  kind: CalendarKind | string;
  note?: string | null;
  source?: CalendarSource | string | null;
  /** 'VN' or the province code of a decision. */
  decidedBy?: string | null;
  /** False for a default (or a national decision) replaced by a decision on its date. */
  inForce?: boolean | null;
}

/** The default placement the year follows where no decision says otherwise (Vietnamese texts). */
export interface CalendarRules {
  tetDays: string[];
  nationalDayAdjacent: string;
  tet: string;
  nationalDay: string;
  compensation: string;
  decisions: string;
}

export interface WorkingCalendar {
  year: number;
  province?: string | null;
  /** Whether a stored decision names at least one date of the year. */
  hasDecision?: boolean | null;
  rules?: CalendarRules | null;
  days: CalendarDay[];
}

export interface CalendarEntryInput {
  date: string;
  kind: CalendarKind;
  note?: string;
}

export type GroupBy = G.GroupBy;

export interface PeriodRow {
  key: string;
  name?: string | null;
  carriedOver: number;
  received: number;
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  inProgress: number;
  inProgressWithinTime: number;
  inProgressOverdue: number;
  lateWithApology: number;
  lateWithoutApology: number;
  refused: number;
  withdrawn: number;
  stopped: number;
  /** Assumed a percentage 0–100 (like the compliance rates); null when nothing was resolved. */
  onTimeRate?: number | null;
}

/**
 * The period report. The README says "per group and total" without naming the wrapper; `rows` and
 * `total` are assumed (`groups`/`items` and `totals` are read too).
 */
export interface PeriodReport {
  unit?: string | null;
  from?: string | null;
  to?: string | null;
  groupBy?: GroupBy | string | null;
  rows: PeriodRow[];
  total?: PeriodRow | null;
}

export const SATISFACTION_CRITERIA = [
  'overall',
  'convenience',
  'onTime',
  'staffAttitude',
  'timeVsRegulation',
  'processingTime',
  'contactsToComplete',
  'agenciesContacted',
  'oneStopOrganisation',
  'publicity',
  'feedbackHandling',
  'onlineService',
] as const;

export type SatisfactionCriterion = (typeof SATISFACTION_CRITERIA)[number];

export const SATISFACTION_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export type RatingInput = Sendable<G.RatingInput>;

/* ------------------------------------------------------------------ work counts (GET /dossiers/work-counts) */

/** The five counts of open work (docs/domain/dossiers.md §3.11); each is listed by one worklist filter. */
export interface WorkCounts {
  waiting: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
  overdueWithoutApology: number;
}

export type WorkCountKey = keyof WorkCounts;

/** One unit of the scope (leaders, admins, inspectors): the counts of the worklist filtered by `unitCode`. */
export interface UnitWorkCounts {
  unitCode: string;
  unitName?: string | null;
  counts: WorkCounts;
}

/** `GET /api/v1/dossiers/work-counts`. */
export interface WorkCountsView {
  /** The unit whose subtree is counted (the province for admins and inspectors). */
  unitCode: string;
  asOf: string;
  /** End (exclusive) of the due-soon window. */
  dueSoonUntil: string;
  counts: WorkCounts;
  units: UnitWorkCounts[];
}
