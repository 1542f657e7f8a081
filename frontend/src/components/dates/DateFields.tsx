/**
 * The date and time fields of the SPA: antd pickers in the app's locale (vi_VN by default, set once in App's
 * ConfigProvider with dayjs' 'vi' locale), dates shown dd/MM/yyyy and times in 24 h. Their values are what the API
 * reads — "yyyy-MM-dd" for dates, RFC 3339 with the Vietnam offset for instants — so they drop into a Form.Item or a
 * controlled state in place of a native <input type="date">; the conversion is src/format/pickerDates.ts.
 */
import { DatePicker, TimePicker } from 'antd';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Dayjs } from 'dayjs';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  TIME_FORMAT,
  dateToPicker,
  instantToPicker,
  pickerToDate,
  pickerToInstant,
  pickerToTime,
  timeToPicker,
} from '../../format/pickerDates';

interface Common {
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
  disabled?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  className?: string;
  allowClear?: boolean;
  status?: 'error' | 'warning';
}

/** The earliest and latest day one may pick ("yyyy-MM-dd", both included). */
interface Bounds {
  min?: string;
  max?: string;
}

function outside({ min, max }: Bounds) {
  if (!min && !max) return undefined;
  return (d: Dayjs) => {
    const day = d.format('YYYY-MM-DD');
    return (!!min && day < min) || (!!max && day > max);
  };
}

export interface DateFieldProps extends Common, Bounds {
  /** "yyyy-MM-dd" */
  value?: string | null;
  /** "yyyy-MM-dd", or undefined when cleared */
  onChange?: (value: string | undefined) => void;
}

/**
 * Enter in a picker confirms the date typed (the picker handles it first) and does not submit the form around it: a
 * native input would submit it, half filled, when a clerk types a date and presses Enter.
 */
export function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}

/** A date ("yyyy-MM-dd" in and out), shown dd/MM/yyyy. */
export function DateField({ value, onChange, min, max, placeholder, ...rest }: DateFieldProps) {
  return (
    <DatePicker
      {...rest}
      onKeyDown={keepEnterInPicker}
      format={DATE_FORMAT}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      value={dateToPicker(value)}
      disabledDate={outside({ min, max })}
      onChange={(d) => onChange?.(pickerToDate(d))}
    />
  );
}

export interface DateTimeFieldProps extends Common, Bounds {
  /** An instant (RFC 3339) */
  value?: string | null;
  /** RFC 3339 with +07:00 (Vietnam time), or undefined when cleared */
  onChange?: (value: string | undefined) => void;
  /** Minutes between the times offered (typing any minute is still accepted). */
  minuteStep?: 1 | 5 | 10 | 15 | 30;
}

/** A date and time in Vietnam time (RFC 3339 in and out), shown dd/MM/yyyy HH:mm. */
export function DateTimeField({ value, onChange, min, max, minuteStep, placeholder, ...rest }: DateTimeFieldProps) {
  return (
    <DatePicker
      {...rest}
      onKeyDown={keepEnterInPicker}
      showTime={{ format: TIME_FORMAT, minuteStep }}
      format={DATE_TIME_FORMAT}
      placeholder={placeholder ?? 'dd/mm/yyyy hh:mm'}
      value={instantToPicker(value)}
      disabledDate={outside({ min, max })}
      onChange={(d) => onChange?.(pickerToInstant(d))}
    />
  );
}

export interface DateRangeFieldProps extends Omit<Common, 'placeholder'>, Bounds {
  /** ["yyyy-MM-dd", "yyyy-MM-dd"] */
  value?: readonly [string | undefined | null, string | undefined | null] | null;
  /** both ends, or undefined when cleared */
  onChange?: (value: [string, string] | undefined) => void;
  placeholder?: [string, string];
}

/** A range of dates (both "yyyy-MM-dd"), shown dd/MM/yyyy – dd/MM/yyyy. */
export function DateRangeField({ value, onChange, min, max, placeholder, ...rest }: DateRangeFieldProps) {
  return (
    <DatePicker.RangePicker
      {...rest}
      onKeyDown={keepEnterInPicker}
      format={DATE_FORMAT}
      placeholder={placeholder ?? ['dd/mm/yyyy', 'dd/mm/yyyy']}
      value={value ? [dateToPicker(value[0]), dateToPicker(value[1])] : null}
      disabledDate={outside({ min, max })}
      onChange={(range) => {
        const from = pickerToDate(range?.[0]);
        const to = pickerToDate(range?.[1]);
        onChange?.(from && to ? [from, to] : undefined);
      }}
    />
  );
}

export interface TimeFieldProps extends Common {
  /** "HH:mm" */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}

/** A time of day ("HH:mm" in and out), 24 h. */
export function TimeField({ value, onChange, placeholder, ...rest }: TimeFieldProps) {
  return (
    <TimePicker
      {...rest}
      onKeyDown={keepEnterInPicker}
      format={TIME_FORMAT}
      placeholder={placeholder ?? 'hh:mm'}
      value={timeToPicker(value)}
      onChange={(d) => onChange?.(pickerToTime(d))}
    />
  );
}
