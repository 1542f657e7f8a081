import { leafValue } from '../components/dossiers/PeriodReportTable';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import serverStatuses from './fixtures/dossier-statuses.json';
import {
  availableDocuments,
  buildActionBody,
  dueRowClass,
  effectiveDueOf,
  normaliseReport,
  rateOf,
  reportTotal,
  statusOf,
  totalToHandle,
  worklistFiltersFrom,
} from './dossiers';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES, type DossierView, type PeriodRow } from './dossierTypes';

const row = (key: string, over: Partial<PeriodRow> = {}): PeriodRow => ({
  key,
  name: key,
  carriedOver: 0,
  received: 0,
  receivedOnline: 0,
  receivedDirect: 0,
  receivedPostal: 0,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgress: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  lateWithApology: 0,
  lateWithoutApology: 0,
  refused: 0,
  withdrawn: 0,
  stopped: 0,
  ...over,
});

const dossier = (over: Partial<DossierView> = {}): DossierView => ({
  code: 'H99.X01-260302-0001',
  status: 'PROCESSING',
  statusCode: 4,
  procedureCode: '1.001193.000.00.00.H99',
  history: [],
  ...over,
});

describe('statuses', () => {
  it('takes the status from its name and never derives a status from a code or a position', () => {
    expect(statusOf('PROCESSING')).toBe('PROCESSING');
    expect(statusOf('SOMETHING')).toBeUndefined();
    expect(statusOf('9')).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
  });

  it('knows exactly the statuses of the server table, listed in the order of their national codes', () => {
    // the recorded server table (dossiers StatusContractTest keeps it equal to DossierStatus)
    const byCode = [...serverStatuses].sort((a, b) => a.statusCode - b.statusCode).map((s) => s.status);
    expect([...DOSSIER_STATUSES]).toEqual(byCode);
    const t = i18n.getFixedT('vi');
    expect(serverStatuses.map((s) => t(`dossierStatus.${s.status}`))).toEqual(serverStatuses.map((s) => s.name));
  });

  it('has the Vietnamese names of the README status table', () => {
    const t = i18n.getFixedT('vi');
    expect(DOSSIER_STATUSES.map((s) => t(`dossierStatus.${s}`))).toEqual([
      'Mới đăng ký',
      'Được tiếp nhận',
      'Không được tiếp nhận',
      'Đang xử lý',
      'Yêu cầu bổ sung giấy tờ',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Công dân yêu cầu rút hồ sơ',
      'Dừng xử lý',
      'Đã xử lý xong',
      'Đã trả kết quả',
    ]);
    const en = i18n.getFixedT('en');
    for (const s of DOSSIER_STATUSES) expect(en(`dossierStatus.${s}`)).not.toBe(`dossierStatus.${s}`);
    for (const a of DOSSIER_ACTIONS) {
      expect(t(`dossierAction.${a}`)).not.toBe(`dossierAction.${a}`);
      expect(en(`dossierAction.${a}`)).not.toBe(`dossierAction.${a}`);
    }
  });
});

describe('dueRowClass', () => {
  it('marks overdue rows red and due-soon rows amber; overdue wins', () => {
    expect(dueRowClass({ overdue: true, dueSoon: false })).toBe('dossier-row-overdue');
    expect(dueRowClass({ overdue: false, dueSoon: true })).toBe('dossier-row-due-soon');
    expect(dueRowClass({ overdue: true, dueSoon: true })).toBe('dossier-row-overdue');
    expect(dueRowClass({})).toBe('');
  });

  it('uses the extended due date after an apology', () => {
    expect(effectiveDueOf({ dueAt: 'a', extendedDueAt: 'b', effectiveDueAt: null })).toBe('b');
    expect(effectiveDueOf({ dueAt: 'a', extendedDueAt: 'b', effectiveDueAt: 'c' })).toBe('c');
    expect(effectiveDueOf({ dueAt: 'a' })).toBe('a');
  });
});

describe('buildActionBody', () => {
  it('builds the README bodies for each transition', () => {
    expect(
      buildActionBody('request-supplement', {
        items: ' Tờ khai có chữ ký \n\n Bản sao CCCD ',
        reason: ' Thiếu chữ ký ',
      }),
    ).toEqual({
      items: ['Tờ khai có chữ ký', 'Bản sao CCCD'],
      reason: 'Thiếu chữ ký',
    });
    expect(
      buildActionBody('handover', { stepName: 'Thẩm định', toUnitCode: 'H99.X01.TP', toUser: '', note: ' ' }),
    ).toEqual({
      stepName: 'Thẩm định',
      toUnitCode: 'H99.X01.TP',
    });
    expect(
      buildActionBody('apology', {
        reason: 'Chờ xác minh',
        newDueAt: '2026-03-10T16:00:00+07:00',
        signer: 'Trần Văn Lãnh',
      }),
    ).toEqual({
      reason: 'Chờ xác minh',
      newDueAt: '2026-03-10T16:00:00+07:00',
      signer: 'Trần Văn Lãnh',
    });
    expect(buildActionBody('resolve', { note: 'Đã ký', resultCode: '' })).toEqual({ note: 'Đã ký' });
    expect(buildActionBody('resolve', {})).toEqual({});
    expect(buildActionBody('return', { method: 'POSTAL' })).toEqual({ method: 'POSTAL' });
    // README `{reasons}`; the service reads `items` or `reason`: all three carry them
    expect(buildActionBody('refuse', { reasons: 'Không thuộc thẩm quyền\nThiếu tờ khai' })).toEqual({
      reasons: ['Không thuộc thẩm quyền', 'Thiếu tờ khai'],
      items: ['Không thuộc thẩm quyền', 'Thiếu tờ khai'],
      reason: 'Không thuộc thẩm quyền; Thiếu tờ khai',
    });
    expect(buildActionBody('withdraw', { reason: ' Công dân xin rút ' })).toEqual({ reason: 'Công dân xin rút' });
    expect(buildActionBody('stop', { reason: 'Theo đơn' })).toEqual({ reason: 'Theo đơn' });
    expect(buildActionBody('start', { note: '' })).toEqual({});
    expect(buildActionBody('supplement-received', { note: 'Đủ' })).toEqual({ note: 'Đủ' });
    expect(buildActionBody('financial-fulfilled', {})).toEqual({});
    expect(buildActionBody('accept', { note: 'ignored' })).toEqual({});
  });
});

describe('availableDocuments', () => {
  it('lists Mẫu 01 and 06 once received, 02 after a supplement request, 04 with an apology', () => {
    expect(availableDocuments(dossier({ status: 'REGISTERED', statusCode: 1 }))).toEqual([]);
    expect(availableDocuments(dossier())).toEqual(['mau-01', 'mau-06']);
    expect(
      availableDocuments(
        dossier({
          status: 'PROCESSING',
          history: [
            { at: '2026-03-02T08:00:00+07:00', action: 'request-supplement', toStatus: 'SUPPLEMENT_REQUESTED' },
          ],
          apology: { reason: 'x', newDueAt: '2026-03-10T16:00:00+07:00', signer: 'y' },
        }),
      ),
    ).toEqual(['mau-01', 'mau-02', 'mau-04', 'mau-06']);
  });

  it('lists Mẫu 03 for a refusal (no receipt when refused before receipt) and Mẫu 05 when stopped', () => {
    expect(
      availableDocuments(
        dossier({
          status: 'REFUSED',
          statusCode: 3,
          history: [{ at: 'x', action: 'refuse', fromStatus: 'REGISTERED', toStatus: 'REFUSED' }],
        }),
      ),
    ).toEqual(['mau-03']);
    expect(
      availableDocuments(
        dossier({ status: 'REFUSED', statusCode: 3, history: [{ at: 'x', action: 'receive', toStatus: 'RECEIVED' }] }),
      ),
    ).toEqual(['mau-01', 'mau-03', 'mau-06']);
    expect(availableDocuments(dossier({ status: 'STOPPED', statusCode: 8 }))).toEqual(['mau-01', 'mau-05', 'mau-06']);
  });
});

describe('period report helpers', () => {
  it('shows the server rate and never computes one', () => {
    expect(rateOf(row('a', { resolved: 4, resolvedOnTime: 1, onTimeRate: 90 }))).toBe(90);
    expect(rateOf(row('a', { resolved: 4, resolvedOnTime: 1 }))).toBeNull();
    expect(rateOf(row('a', { resolved: 0, onTimeRate: null }))).toBeNull();
    expect(rateOf(null)).toBeNull();
    expect(leafValue(row('a', { resolved: 0, onTimeRate: null }), 'onTimeRate')).toBe('—');
    expect(
      leafValue(row('a', { resolved: 88, resolvedEarly: 64, resolvedOnTime: 10, onTimeRate: 84.09 }), 'onTimeRate'),
    ).toBe('84,1%'); // shown with one decimal
    expect(totalToHandle(row('T', { carriedOver: 3, received: 15 }))).toBe(18);
  });

  it('reads the report wrapper and prefers the server total', () => {
    const rows = [row('A', { resolved: 1, resolvedOnTime: 1 }), row('B', { resolved: 1, resolvedLate: 1 })];
    const withTotal = normaliseReport({ unit: 'H99', rows, total: row('ALL', { resolved: 99 }) });
    expect(withTotal.rows).toHaveLength(2);
    expect(reportTotal(withTotal)?.resolved).toBe(99);
    const groups = normaliseReport({ groups: rows, totals: row('T', { resolved: 7 }) });
    expect(reportTotal(groups)?.resolved).toBe(7);
    expect(normaliseReport({ unitCode: 'H99.X01', rows }).unit).toBe('H99.X01');
    const bare = normaliseReport({ rows });
    expect(reportTotal(bare)).toBeNull();
    expect(normaliseReport(null).rows).toEqual([]);
  });
});

describe('worklistFiltersFrom', () => {
  it('keeps known filters and a 0-based page; drops junk', () => {
    expect(worklistFiltersFrom(new URLSearchParams('q=khai+sinh&status=PROCESSING&due=OVERDUE&page=2'))).toEqual({
      q: 'khai sinh',
      status: 'PROCESSING',
      due: 'OVERDUE',
      page: 2,
    });
    expect(worklistFiltersFrom(new URLSearchParams('due=LATER&page=-1'))).toEqual({ page: 0 });
  });
});
