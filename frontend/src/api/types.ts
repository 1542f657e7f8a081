export type TimeUnit = 'HOURS' | 'DAYS' | 'WORKING_DAYS' | 'MONTHS';

export interface ProcessingTime {
  value: number;
  unit: TimeUnit | string;
}

/** An administrative procedure as listed by the procedures service (`GET /api/v1/procedures`). */
export interface ProcedureSummary {
  code: string;
  name: string;
  field?: string | null;
  level?: string | null;
  /** Absent in the dossiers service's copy of the catalogue. */
  state?: string | null;
  processingTime?: ProcessingTime | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** RFC 9457 problem details as returned by the services and the gateway. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  violations?: { field: string; message: string }[];
}
