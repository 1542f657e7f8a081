import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatProcessingTime } from './processingTime';

const vi = i18n.getFixedT('vi');
const en = i18n.getFixedT('en');

describe('formatProcessingTime', () => {
  it('renders every unit in Vietnamese', () => {
    expect(formatProcessingTime({ value: 3, unit: 'WORKING_DAYS' }, vi)).toBe('3 ngày làm việc');
    expect(formatProcessingTime({ value: 1, unit: 'WORKING_DAYS' }, vi)).toBe('1 ngày làm việc');
    expect(formatProcessingTime({ value: 8, unit: 'HOURS' }, vi)).toBe('8 giờ');
    expect(formatProcessingTime({ value: 15, unit: 'DAYS' }, vi)).toBe('15 ngày');
    expect(formatProcessingTime({ value: 2, unit: 'MONTHS' }, vi)).toBe('2 tháng');
  });

  it('renders every unit in English, singular and plural', () => {
    expect(formatProcessingTime({ value: 3, unit: 'WORKING_DAYS' }, en)).toBe('3 working days');
    expect(formatProcessingTime({ value: 1, unit: 'WORKING_DAYS' }, en)).toBe('1 working day');
    expect(formatProcessingTime({ value: 1, unit: 'HOURS' }, en)).toBe('1 hour');
    expect(formatProcessingTime({ value: 24, unit: 'HOURS' }, en)).toBe('24 hours');
    expect(formatProcessingTime({ value: 15, unit: 'DAYS' }, en)).toBe('15 days');
    expect(formatProcessingTime({ value: 1, unit: 'MONTHS' }, en)).toBe('1 month');
    expect(formatProcessingTime({ value: 2, unit: 'MONTHS' }, en)).toBe('2 months');
  });

  it('copes with missing or unknown data', () => {
    expect(formatProcessingTime(null, vi)).toBe('—');
    expect(formatProcessingTime(undefined, en)).toBe('—');
    expect(formatProcessingTime({ value: 5, unit: 'WEEKS' }, vi)).toBe('5 WEEKS');
  });
});
