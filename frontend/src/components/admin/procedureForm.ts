import type {
  Channel,
  DossierComponent,
  Fee,
  InternalStep,
  OnlineLevel,
  ProcedureInput,
  ProcedureView,
  TimeUnit,
  Violation,
} from '../../api/types';

/** What the procedure editor's antd Form holds. */
export interface ProcedureFormValues {
  code?: string;
  name?: string;
  field?: string;
  levels?: string[];
  decidingAgencyCode?: string | null;
  receivingPoints?: string[];
  channels?: Channel[];
  onlineLevel?: OnlineLevel;
  fullOnlineEligible?: boolean;
  processingTime?: { value?: number | null; unit?: string };
  statutoryTime?: { value?: number | null; unit?: string };
  afternoonCutoff?: string | null;
  fees?: Partial<Fee>[];
  components?: Partial<DossierComponent>[];
  steps?: (string | undefined)[];
  applicants?: string | null;
  resultType?: string | null;
  paperResultRequired?: boolean;
  conditions?: string | null;
  legalBasis?: (string | undefined)[];
  internalSteps?: Partial<InternalStep>[];
}

export const EMPTY_PROCEDURE: ProcedureFormValues = {
  levels: [],
  receivingPoints: [],
  channels: ['DIRECT'],
  onlineLevel: 'NONE',
  fullOnlineEligible: false,
  processingTime: { value: undefined, unit: 'WORKING_DAYS' },
  statutoryTime: { value: undefined, unit: 'WORKING_DAYS' },
  fees: [],
  components: [],
  steps: [],
  paperResultRequired: false,
  legalBasis: [],
  internalSteps: [],
};

const blank = (s?: string | null) => (s && s.trim() ? s.trim() : null);
const texts = (list?: (string | undefined)[]) => (list ?? []).map((s) => (s ?? '').trim()).filter(Boolean);

/** Form values → the `ProcedureInput` body (trimmed, empty rows dropped, optional parts `null`). */
export function toProcedureInput(v: ProcedureFormValues): ProcedureInput {
  const unit = (v.processingTime?.unit ?? 'WORKING_DAYS') as TimeUnit;
  const statutoryValue = v.statutoryTime?.value;
  return {
    ...(v.code !== undefined ? { code: v.code.trim() } : {}),
    name: (v.name ?? '').trim(),
    field: (v.field ?? '').trim(),
    levels: v.levels ?? [],
    decidingAgencyCode: v.decidingAgencyCode || null,
    receivingPoints: v.receivingPoints ?? [],
    channels: v.channels ?? [],
    onlineLevel: v.onlineLevel ?? 'NONE',
    fullOnlineEligible: !!v.fullOnlineEligible,
    processingTime: { value: v.processingTime?.value ?? 0, unit },
    statutoryTime:
      typeof statutoryValue === 'number'
        ? { value: statutoryValue, unit: (v.statutoryTime?.unit as TimeUnit | undefined) ?? unit }
        : null,
    afternoonCutoff: blank(v.afternoonCutoff),
    fees: (v.fees ?? [])
      .filter((f) => f && (f.name ?? '').trim())
      .map((f) => ({ name: f.name!.trim(), amount: f.amount ?? 0, note: blank(f.note) })),
    components: (v.components ?? [])
      .filter((c) => c && (c.name ?? '').trim())
      .map((c) => ({ name: c.name!.trim(), copies: c.copies ?? 1, required: !!c.required, form: blank(c.form) })),
    steps: texts(v.steps),
    applicants: blank(v.applicants),
    resultType: blank(v.resultType),
    paperResultRequired: !!v.paperResultRequired,
    conditions: blank(v.conditions),
    legalBasis: texts(v.legalBasis),
    internalSteps: (v.internalSteps ?? [])
      .filter((s) => s && ((s.name ?? '').trim() || typeof s.duration === 'number'))
      .map((s) => ({ name: (s.name ?? '').trim(), actor: (s.actor ?? '').trim(), duration: s.duration ?? 0 })),
  };
}

/** A procedure version → editor values (for "Sửa"). */
export function toFormValues(p: ProcedureView): ProcedureFormValues {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    levels: p.levels ?? [],
    decidingAgencyCode: p.decidingAgencyCode ?? undefined,
    receivingPoints: p.receivingPoints ?? [],
    channels: p.channels ?? [],
    onlineLevel: p.onlineLevel ?? 'NONE',
    fullOnlineEligible: !!p.fullOnlineEligible,
    processingTime: { value: p.processingTime?.value, unit: p.processingTime?.unit ?? 'WORKING_DAYS' },
    statutoryTime: {
      value: p.statutoryTime?.value,
      unit: p.statutoryTime?.unit ?? p.processingTime?.unit ?? 'WORKING_DAYS',
    },
    afternoonCutoff: p.afternoonCutoff ?? undefined,
    fees: (p.fees ?? []).map((f) => ({ ...f, note: f.note ?? undefined })),
    components: (p.components ?? []).map((c) => ({
      name: c.name,
      copies: c.copies ?? undefined,
      required: c.required ?? undefined,
      form: c.form ?? undefined,
    })),
    steps: [...(p.steps ?? [])],
    applicants: p.applicants ?? undefined,
    resultType: p.resultType ?? undefined,
    paperResultRequired: !!p.paperResultRequired,
    conditions: p.conditions ?? undefined,
    legalBasis: [...(p.legalBasis ?? [])],
    internalSteps: (p.internalSteps ?? []).map((s) => ({ ...s, actor: s.actor ?? undefined })),
  };
}

/**
 * A violation's `field` as an antd name path: `"fees[0].amount"` → `['fees', 0, 'amount']`.
 * Leading segments that are not form fields (`create.input.` from bean validation) are dropped;
 * `undefined` when no segment names a field of the form.
 */
export function fieldPath(field: string, known: readonly string[]): (string | number)[] | undefined {
  const parts: (string | number)[] = [];
  for (const seg of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(seg);
    if (!m) return undefined;
    if (m[1]) parts.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  const start = parts.findIndex((p) => typeof p === 'string' && known.includes(p));
  return start < 0 ? undefined : parts.slice(start);
}

/** 400 violations → `form.setFields` entries (violations naming no form field are left out). */
export function violationsToFields(
  violations: readonly Violation[] | undefined,
  known: readonly string[],
): { name: (string | number)[]; errors: string[] }[] {
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const v of violations ?? []) {
    const name = fieldPath(v.field ?? '', known);
    if (!name) continue;
    const key = JSON.stringify(name);
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(v.message);
    byPath.set(key, entry);
  }
  return [...byPath.values()];
}

export const PROCEDURE_FORM_FIELDS = [
  'code',
  'name',
  'field',
  'levels',
  'decidingAgencyCode',
  'receivingPoints',
  'channels',
  'onlineLevel',
  'fullOnlineEligible',
  'processingTime',
  'statutoryTime',
  'afternoonCutoff',
  'fees',
  'components',
  'steps',
  'applicants',
  'resultType',
  'paperResultRequired',
  'conditions',
  'legalBasis',
  'internalSteps',
] as const;
