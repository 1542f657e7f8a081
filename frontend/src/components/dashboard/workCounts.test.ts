import { describe, expect, it } from 'vitest';
import { isWorkCounts, WORK_COUNT_KEYS, worklistFiltersFrom } from '../../api/dossiers';
import leaderCounts from '../../api/fixtures/work-counts-leader.json';
import { hasCatalogueWorkCounts, hasWorkCounts, workCountPath } from './workCounts';

describe('work count links', () => {
  it('link each count to the worklist filter the server counts with, and the worklist reads it back', () => {
    const expected = {
      waiting: { status: 'RECEIVED' },
      inProgress: { status: 'PROCESSING' },
      dueSoon: { due: 'SOON' },
      overdue: { due: 'OVERDUE' },
      overdueWithoutApology: { due: 'OVERDUE_WITHOUT_APOLOGY' },
    };
    for (const key of WORK_COUNT_KEYS) {
      const path = workCountPath(key, 'H99.X01.MC');
      const [route, query] = path.split('?');
      expect(route).toBe('/ho-so');
      expect(worklistFiltersFrom(new URLSearchParams(query))).toEqual({
        ...expected[key],
        unit: 'H99.X01.MC',
        page: 0,
      });
    }
    expect(workCountPath('overdue')).toBe('/ho-so?due=OVERDUE');
  });

  it('keeps an unknown due value out of the worklist filters', () => {
    expect(worklistFiltersFrom(new URLSearchParams('due=LATE')).due).toBeUndefined();
  });

  it('give counts to the roles that have a worklist', () => {
    for (const r of ['officer', 'specialist', 'leader', 'admin', 'inspector']) expect(hasWorkCounts([r])).toBe(true);
    for (const r of ['appraiser', 'catalogue-admin', 'citizen', 'national-admin'])
      expect(hasWorkCounts([r])).toBe(false);
    expect(hasWorkCounts([])).toBe(false);
  });

  it('give the catalogue counts to the catalogue staff', () => {
    for (const r of ['catalogue-admin', 'admin']) expect(hasCatalogueWorkCounts([r])).toBe(true);
    for (const r of ['officer', 'inspector', 'appraiser', 'citizen', 'national-admin'])
      expect(hasCatalogueWorkCounts([r])).toBe(false);
  });

  it('accept the recorded answer and nothing without the five counts', () => {
    expect(isWorkCounts(leaderCounts)).toBe(true);
    expect(isWorkCounts({ items: [], page: 0, size: 20, total: 0 })).toBe(false);
    expect(isWorkCounts({ counts: { waiting: 1 } })).toBe(false);
    expect(isWorkCounts(null)).toBe(false);
  });
});
