/**
 * The one place where the date and time pickers (antd DatePicker / RangePicker / TimePicker, dayjs values) meet the
 * API's values: dates as "yyyy-MM-dd", instants as RFC 3339 with the Vietnam offset ("2026-03-02T08:30:00+07:00").
 * A picker shows Vietnam wall-clock time whatever the browser's zone (see dateTime.ts): its dayjs value holds the
 * Vietnam date and time as local fields, and only these helpers turn it into what the API reads.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { isoToVnLocal, vnLocalToIso } from './dateTime';

/** How pickers show a date: dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** How pickers show a time: 24 h. */
export const TIME_FORMAT = 'HH:mm';
/** How pickers show a date and a time. */
export const DATE_TIME_FORMAT = `${DATE_FORMAT} ${TIME_FORMAT}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/** "2026-03-02" → a picker value (null when empty or not a date). */
export function dateToPicker(date: string | null | undefined): Dayjs | null {
  if (!date || !ISO_DATE.test(date)) return null;
  const d = dayjs(date);
  return d.isValid() ? d : null;
}

/** A picker value → "2026-03-02" (undefined when cleared). */
export function pickerToDate(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : undefined;
}

/** An instant (ISO with offset, or "yyyy-MM-ddTHH:mm" Vietnam time) → a picker value showing Vietnam time. */
export function instantToPicker(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(iso) ? iso : isoToVnLocal(iso);
  if (!local) return null;
  const d = dayjs(local);
  return d.isValid() ? d : null;
}

/** A picker value (Vietnam wall-clock time) → RFC 3339 with the +07:00 offset (undefined when cleared). */
export function pickerToInstant(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? vnLocalToIso(value.format('YYYY-MM-DDTHH:mm')) : undefined;
}

/** "16:30" → a picker value (today's date, only the time counts; null when empty). */
export function timeToPicker(time: string | null | undefined): Dayjs | null {
  const m = ISO_TIME.exec(time ?? '');
  if (!m) return null;
  return dayjs().hour(Number(m[1])).minute(Number(m[2])).second(0).millisecond(0);
}

/** A picker value → "16:30" (undefined when cleared). */
export function pickerToTime(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? value.format(TIME_FORMAT) : undefined;
}
