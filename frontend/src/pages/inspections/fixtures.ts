/** Test data of the inspections screens (shapes of services/inspections rest/InspectionDtos.java). */
import type {
  ChecklistGroup,
  ConclusionView,
  DashboardRow,
  EvidenceView,
  FindingView,
  InspectionView,
  LateDossierView,
  PlanView,
  RemediationView,
} from '../../api/inspections';

export const INSPECTION_ID = '6f1c2d3e-0000-4000-8000-000000000001';
export const PLAN_ID = '7a1b2c3d-0000-4000-8000-000000000002';
export const API = '/api/v1/inspections';

export function inspection(over: Partial<InspectionView> = {}): InspectionView {
  return {
    id: INSPECTION_ID,
    planId: PLAN_ID,
    planNumber: '12/KH-UBND',
    year: 2026,
    unitCode: 'H99.X01',
    unitName: 'UBND xã Một',
    unitPath: 'H99.H99.X01',
    scheduledFrom: '2026-03-10',
    scheduledTo: '2026-03-12',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-09',
    status: 'IN_PROGRESS',
    startedAt: '2026-03-10T01:30:00Z',
    endedOn: null,
    conclusionDue: null,
    conclusionLate: false,
    version: 2,
    ...over,
  };
}

export const checklist: ChecklistGroup[] = [
  {
    code: 'CHI_DAO_DIEU_HANH',
    nameVi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    items: [
      {
        itemId: 1,
        code: 'KH_CCHC',
        textVi: 'Ban hành kế hoạch CCHC năm',
        selfReport: { itemId: 1, status: 'DONE', note: 'Kế hoạch số 05/KH-UBND' },
        findings: 0,
      },
    ],
  },
  {
    code: 'TTHC_MOT_CUA',
    nameVi: 'Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông',
    items: [
      { itemId: 11, code: 'NIEM_YET', textVi: 'Công khai, niêm yết TTHC', selfReport: null, findings: 0 },
      {
        itemId: 12,
        code: 'HO_SO_TRE_HAN',
        textVi: 'Hồ sơ trễ hẹn và thư xin lỗi',
        selfReport: { itemId: 12, status: 'PARTIAL', note: null },
        findings: 2,
      },
    ],
  },
];

export const evidence: EvidenceView = {
  inspectionId: INSPECTION_ID,
  unitCode: 'H99.X01',
  asOf: '2026-03-10',
  periodFrom: '2026-01-01',
  periodTo: '2026-03-09',
  figures: [
    {
      key: 'dossiers.onTimeRate',
      label: 'Tỷ lệ giải quyết trước và đúng hạn',
      value: 83.33,
      unit: '%',
      source: 'cchc.dossiers.v1',
      asOf: '2026-03-09T09:15:00+07:00',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-09',
      detail: '10/12',
    },
    {
      key: 'lateDossiers.withoutApology',
      label: 'Hồ sơ trễ hẹn không có thư xin lỗi, thông báo gia hạn',
      value: 2,
      unit: 'hồ sơ',
      source: 'cchc.dossiers.v1',
      asOf: '2026-03-09T09:15:00+07:00',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-09',
      detail: null,
    },
    {
      key: 'posting.stalePosted',
      label: 'TTHC hết hiệu lực vẫn niêm yết',
      value: 1,
      unit: 'TTHC',
      source: 'cchc.posting.v1',
      asOf: '2026-03-01T08:00:00+07:00',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-10',
      detail: '1.000123.000.00.00.H99',
    },
  ],
};

export const lateDossiers: LateDossierView[] = [
  {
    code: 'H99.X01-260115-0001',
    procedureCode: '1.001193.000.00.00.H99',
    unitCode: 'H99.X01',
    receivingUnitCode: 'H99.X01.MC',
    receivedAt: '2026-01-15T01:00:00Z',
    dueAt: '2026-01-20T09:00:00Z',
    extendedDueAt: null,
    resolvedAt: '2026-01-23T03:00:00Z',
    withApology: false,
    apologyTimely: null,
    apologyAt: null,
  },
  {
    code: 'H99.X01-260201-0007',
    procedureCode: '1.001193.000.00.00.H99',
    unitCode: 'H99.X01',
    receivingUnitCode: 'H99.X01.MC',
    receivedAt: '2026-02-01T01:00:00Z',
    dueAt: '2026-02-05T09:00:00Z',
    extendedDueAt: '2026-02-10T09:00:00Z',
    resolvedAt: '2026-02-09T03:00:00Z',
    withApology: true,
    apologyTimely: true,
    apologyAt: '2026-02-04T02:00:00Z',
  },
];

export function finding(over: Partial<FindingView> = {}): FindingView {
  return {
    id: 'f-1',
    inspectionId: INSPECTION_ID,
    kind: 'WEAKNESS',
    groupCode: 'TTHC_MOT_CUA',
    itemId: 12,
    text: 'Còn hồ sơ trễ hẹn không có thư xin lỗi',
    figures: [],
    documents: [],
    createdBy: 'inspector',
    createdAt: '2026-03-10T03:00:00Z',
    updatedAt: '2026-03-10T03:00:00Z',
    ...over,
  };
}

export function conclusion(over: Partial<ConclusionView> = {}): ConclusionView {
  return {
    inspectionId: INSPECTION_ID,
    number: '25/TB-ĐKT',
    noticeDate: '2026-03-20',
    signer: 'Nguyễn Văn Trưởng',
    signerTitle: 'Trưởng đoàn',
    strengths: 'Ban hành kế hoạch kịp thời',
    shortcomings: 'Còn 2 hồ sơ trễ hẹn không có thư xin lỗi',
    requests: 'Khắc phục trước 30/4',
    issued: false,
    issuedAt: null,
    dueDate: '2026-04-02',
    late: false,
    ...over,
  };
}

export function remediationItem(over: Partial<RemediationView> = {}): RemediationView {
  return {
    id: 'r-1',
    inspectionId: INSPECTION_ID,
    unitName: 'UBND xã Một',
    requirement: 'Gửi thư xin lỗi đối với hồ sơ trễ hẹn',
    responsibleUnitCode: 'H99.X01',
    deadline: '2026-04-15',
    status: 'OPEN',
    overdue: false,
    report: null,
    reportedBy: null,
    reportedAt: null,
    returnReason: null,
    completedAt: null,
    documents: [],
    ...over,
  };
}

export function plan(over: Partial<PlanView> = {}): PlanView {
  return {
    id: PLAN_ID,
    number: '12/KH-UBND',
    planDate: '2026-01-15',
    issuer: 'UBND tỉnh',
    year: 2026,
    scope: 'Kiểm tra công tác CCHC năm 2026',
    provinceCode: 'H99',
    contentGroups: ['CHI_DAO_DIEU_HANH', 'TTHC_MOT_CUA'],
    team: [{ id: 1, name: 'Nguyễn Văn Trưởng', agency: 'Sở Nội vụ', role: 'LEADER', username: 'inspector' }],
    inspections: [inspection()],
    version: 1,
    ...over,
  };
}

export function dashboardRow(over: Partial<DashboardRow> = {}): DashboardRow {
  return {
    inspectionId: INSPECTION_ID,
    unitCode: 'H99.X01',
    unitName: 'UBND xã Một',
    scheduledFrom: '2026-03-10',
    scheduledTo: '2026-03-12',
    status: 'CONCLUDED',
    selfReportSubmitted: true,
    strengths: 3,
    weaknesses: 2,
    conclusionDue: '2026-04-02',
    conclusionIssued: true,
    conclusionLate: false,
    remediationTotal: 4,
    remediationCompleted: 1,
    remediationOverdue: 1,
    ...over,
  };
}

/** The calls made to the API: method, path+query, JSON body. */
export function calls(fetchMock: { mock: { calls: unknown[][] } }) {
  return fetchMock.mock.calls.map(([u, init]) => {
    const i = (init ?? {}) as RequestInit;
    let body: unknown = i.body;
    if (typeof body === 'string') body = JSON.parse(body);
    return { method: i.method ?? 'GET', url: String(u), body, headers: (i.headers ?? {}) as Record<string, string> };
  });
}
