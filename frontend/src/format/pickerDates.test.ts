import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
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
} from './pickerDates';

describe('pickerDates: what the pickers show and what the API reads', () => {
  it('shows dates dd/MM/yyyy and times in 24 h', () => {
    expect(DATE_FORMAT).toBe('DD/MM/YYYY');
    expect(TIME_FORMAT).toBe('HH:mm');
    expect(dateToPicker('2026-03-02')!.format(DATE_FORMAT)).toBe('02/03/2026');
    expect(instantToPicker('2026-03-02T16:30:00+07:00')!.format(DATE_TIME_FORMAT)).toBe('02/03/2026 16:30');
  });

  it('sends dates as yyyy-MM-dd', () => {
    expect(pickerToDate(dayjs('2026-12-31'))).toBe('2026-12-31');
    expect(pickerToDate(dateToPicker('2026-01-05'))).toBe('2026-01-05');
    expect(pickerToDate(null)).toBeUndefined();
    expect(dateToPicker('')).toBeNull();
    expect(dateToPicker('05/01/2026')).toBeNull();
  });

  it('sends instants as RFC 3339 with the Vietnam offset, whatever the browser zone', () => {
    expect(pickerToInstant(dayjs('2026-03-10T16:00'))).toBe('2026-03-10T16:00:00+07:00');
    // an instant given in UTC is shown in Vietnam time and sent back as the same instant
    const shown = instantToPicker('2026-03-02T01:30:00Z')!;
    expect(shown.format(DATE_TIME_FORMAT)).toBe('02/03/2026 08:30');
    expect(pickerToInstant(shown)).toBe('2026-03-02T08:30:00+07:00');
    expect(pickerToInstant(undefined)).toBeUndefined();
    expect(instantToPicker(null)).toBeNull();
  });

  it('reads and writes times of day as HH:mm', () => {
    expect(pickerToTime(timeToPicker('07:30'))).toBe('07:30');
    expect(timeToPicker('17:00')!.format(TIME_FORMAT)).toBe('17:00');
    expect(timeToPicker('')).toBeNull();
    expect(pickerToTime(null)).toBeUndefined();
  });
});
