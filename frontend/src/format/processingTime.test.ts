import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatProcessingTime, formatReduction, reductionOf, sumDurations } from './processingTime';

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

describe('reductionOf / formatReduction', () => {
  it('computes the cut against the statutory time in the same unit', () => {
    expect(reductionOf({ value: 3, unit: 'WORKING_DAYS' }, { value: 5, unit: 'WORKING_DAYS' })).toEqual({
      value: 2,
      unit: 'WORKING_DAYS',
      percent: 40,
    });
    expect(formatReduction({ value: 3, unit: 'WORKING_DAYS' }, { value: 5, unit: 'WORKING_DAYS' }, vi)).toBe(
      'Giảm 2 ngày làm việc (40%)',
    );
    expect(formatReduction({ value: 3, unit: 'WORKING_DAYS' }, { value: 5, unit: 'WORKING_DAYS' }, en, 'en')).toBe(
      '2 working days shorter (40%)',
    );
  });

  it('rounds the percentage to one decimal with the language decimal separator', () => {
    expect(formatReduction({ value: 10, unit: 'DAYS' }, { value: 15, unit: 'DAYS' }, vi)).toBe('Giảm 5 ngày (33,3%)');
    expect(formatReduction({ value: 10, unit: 'DAYS' }, { value: 15, unit: 'DAYS' }, en, 'en')).toBe(
      '5 days shorter (33.3%)',
    );
    expect(formatReduction({ value: 16, unit: 'HOURS' }, { value: 24, unit: 'HOURS' }, vi)).toBe('Giảm 8 giờ (33,3%)');
  });

  it('says when there is no cut, and nothing when it cannot be compared', () => {
    expect(formatReduction({ value: 5, unit: 'DAYS' }, { value: 5, unit: 'DAYS' }, vi)).toBe('Không cắt giảm');
    expect(formatReduction({ value: 6, unit: 'DAYS' }, { value: 5, unit: 'DAYS' }, vi)).toBe(
      'Dài hơn thời hạn theo quy định',
    );
    expect(formatReduction({ value: 3, unit: 'WORKING_DAYS' }, { value: 5, unit: 'DAYS' }, vi)).toBeUndefined();
    expect(formatReduction({ value: 3, unit: 'WORKING_DAYS' }, null, vi)).toBeUndefined();
    expect(formatReduction(undefined, { value: 5, unit: 'DAYS' }, vi)).toBeUndefined();
  });
});

describe('sumDurations', () => {
  it('adds internal step durations, ignoring blanks, without float noise', () => {
    expect(sumDurations([{ duration: 0.5 }, { duration: 1.5 }, { duration: 1 }])).toBe(3);
    expect(sumDurations([{ duration: 0.1 }, { duration: 0.2 }])).toBe(0.3);
    expect(sumDurations([{ duration: 2 }, {}, null, { duration: null }])).toBe(2);
    expect(sumDurations(undefined)).toBe(0);
  });
});
