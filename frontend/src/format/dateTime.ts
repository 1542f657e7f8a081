/**
 * Date-times of dossiers. Vietnam has one time zone (UTC+7, no daylight saving): every time is shown
 * and entered in Vietnam time, whatever the browser's zone, so that "hẹn trả 16:30" means the same
 * thing to the officer and on the printed forms.
 */

export const VN_OFFSET = '+07:00';
const VN_OFFSET_MS = 7 * 3600_000;

const p2 = (n: number) => String(n).padStart(2, '0');

/** The wall-clock fields of an instant in Vietnam time. */
function vnParts(ms: number) {
  const d = new Date(ms + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

function parse(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  // a bare date is a calendar day, not an instant
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Date.parse(`${iso}T00:00:00${VN_OFFSET}`);
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
}

/** "2026-03-02T01:30:00Z" → "02/03/2026 08:30" (Vietnam time); "—" when empty, the input when unparseable. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = parse(iso);
  if (ms === undefined) return iso;
  const v = vnParts(ms);
  return `${p2(v.day)}/${p2(v.month)}/${v.year} ${p2(v.hour)}:${p2(v.minute)}`;
}

/** A `datetime-local` value ("2026-03-02T08:30", Vietnam time) → ISO with offset, `undefined` when empty/invalid. */
export function vnLocalToIso(local: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local?.trim() ?? '');
  if (!m) return undefined;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${VN_OFFSET}`;
}

/** An ISO instant → a `datetime-local` value in Vietnam time ("2026-03-02T08:30"). */
export function isoToVnLocal(iso: string | null | undefined): string {
  const ms = parse(iso);
  if (ms === undefined) return '';
  const v = vnParts(ms);
  return `${v.year}-${p2(v.month)}-${p2(v.day)}T${p2(v.hour)}:${p2(v.minute)}`;
}

/** Today's date in Vietnam ("yyyy-MM-dd"). */
export function vnToday(now: Date = new Date()): string {
  const v = vnParts(now.getTime());
  return `${v.year}-${p2(v.month)}-${p2(v.day)}`;
}

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "yyyy-MM-01" of the month of `date` ("yyyy-MM-dd"). */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export interface MonthPeriod {
  /** "yyyy-MM" */
  month: string;
  from: string;
  to: string;
}

/**
 * The `count` calendar months ending with the month of `until` ("yyyy-MM-dd"), oldest first; each
 * from its first to its last day, except the last one, which ends on `until`.
 */
export function lastMonths(until: string, count: number): MonthPeriod[] {
  const y = Number(until.slice(0, 4));
  const m = Number(until.slice(5, 7));
  const out: MonthPeriod[] = [];
  for (let i = count - 1; i >= 0; i--) {
    let year = y;
    let month = m - i;
    while (month < 1) {
      month += 12;
      year -= 1;
    }
    const ym = `${year}-${p2(month)}`;
    const last = `${ym}-${p2(daysInMonth(year, month))}`;
    out.push({ month: ym, from: `${ym}-01`, to: i === 0 && until < last ? until : last });
  }
  return out;
}

/** ISO weekday of a "yyyy-MM-dd" date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
