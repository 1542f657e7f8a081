/** Test data of the PAR index screens (used by the *.test.tsx files only). */
import type { AssessmentDetail, CriterionView, EvidenceView, LeafEntry } from '../../api/parIndex';
import { json, problem } from '../../test/render';

export const A_ID = 41;
export const BASE = `/api/v1/par-index/assessments/${A_ID}`;

/** `POST /criteria-sets/3/criteria/{code}/score-preview` of the assessment's set (criteriaSetId 3). */
export const PREVIEW = '/api/v1/par-index/criteria-sets/3/criteria/';

/**
 * A recorded answer of the score preview: 2.3 is refused as the server refuses it (400 naming `value`, its message);
 * any other value gets the points of `points` (default: the value itself, a MANUAL criterion of 4 points).
 */
export function previewAnswer(
  url: string,
  init?: RequestInit,
  points: (v: number | null) => number = (v) => v ?? 0,
): Response {
  const code = decodeURIComponent(url.slice(PREVIEW.length).split('/')[0]);
  const value = (JSON.parse(String(init?.body ?? '{}')) as { value: number | null }).value;
  if (value === 2.3) {
    return problem(400, 'Bad Request', {
      violations: [{ field: 'value', rule: 'quarter', message: 'must be a multiple of 0.25 points' }],
    });
  }
  if (value === 2.6) {
    // a rule code this SPA does not know yet: the server's own message is shown
    return problem(400, 'Bad Request', {
      violations: [{ field: 'value', rule: 'futureRule', message: 'giá trị không hợp lệ' }],
    });
  }
  return json({ code, value, points: points(value), maxPoints: 4, countsTowardsMaximum: true });
}

const entry = (e: Partial<LeafEntry> = {}): LeafEntry => ({ evidenceIds: [], missingEvidence: false, ...e });

export const DOC: EvidenceView = {
  id: '7f1c0000-0000-0000-0000-000000000001',
  filename: 'Kế hoạch CCHC 2025.pdf',
  contentType: 'application/pdf',
  size: 2048,
  linkedCriteria: ['1.1.2'],
};

export function criteria(): CriterionView[] {
  return [
    {
      code: '1',
      name: 'Công tác chỉ đạo, điều hành CCHC',
      maxPoints: 10,
      method: null,
      sample: false,
      selfPoints: 8.5,
      currentPoints: 8.5,
      children: [
        {
          code: '1.1',
          name: 'Kế hoạch CCHC năm',
          maxPoints: 10,
          sample: false,
          selfPoints: 8.5,
          currentPoints: 8.5,
          children: [
            {
              code: '1.1.1',
              name: 'Ban hành kế hoạch đúng hạn',
              maxPoints: 4,
              method: 'SELF_APPRAISED',
              rule: { type: 'MANUAL' },
              sample: true,
              selfPoints: 2.5,
              entry: entry({
                selfValue: 2.5,
                selfScore: 2.5,
                selfNote: 'Ban hành ngày 15/01',
                missingEvidence: true,
                currentScore: 2.5,
              }),
              children: [],
            },
            {
              code: '1.1.2',
              name: 'Thực hiện đầy đủ kế hoạch',
              maxPoints: 6,
              method: 'SELF_APPRAISED',
              rule: { type: 'YES_NO' },
              sample: false,
              selfPoints: 6,
              entry: entry({ selfValue: 1, selfScore: 6, evidenceIds: [DOC.id], currentScore: 6 }),
              children: [],
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: 'Cải cách thủ tục hành chính',
      maxPoints: 5,
      sample: false,
      selfPoints: 4.38,
      currentPoints: 4.38,
      children: [
        {
          code: '2.1',
          name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          maxPoints: 5,
          method: 'AUTOMATIC',
          indicatorKey: 'DOSSIER_ON_TIME_RATE',
          rule: { type: 'QUANTITATIVE', target: 100, proportional: true },
          sample: false,
          selfPoints: 4.38,
          entry: entry({
            computed: {
              value: 87.5,
              numerator: 35,
              denominator: 40,
              source: 'cchc.dossiers.v1',
              frozen: false,
              score: 4.38,
            },
            currentScore: 4.38,
          }),
          children: [],
        },
      ],
    },
  ];
}

export function detail(
  status = 'DRAFT',
  allowedActions: string[] = ['submit'],
  patch: Partial<AssessmentDetail> = {},
): AssessmentDetail {
  return {
    assessment: {
      id: A_ID,
      criteriaSetId: 3,
      criteriaSetCode: 'PAR-XA-2025',
      year: 2025,
      level: 'COMMUNE',
      province: 'H99',
      unitCode: 'H99.X01',
      unitName: 'UBND xã Một',
      status,
      version: 1,
      allowedActions,
      missingEvidenceConfirmed: [],
    },
    totals: {
      selfPoints: 12.88,
      currentPoints: 12.88,
      maxPoints: 15,
      selfPercent: 85.87,
      currentPercent: 85.87,
      currentRankGroup: 'B',
    },
    missingEvidence: [{ code: '1.1.1', name: 'Ban hành kế hoạch đúng hạn', selfScore: 2.5, maxPoints: 4 }],
    criteria: criteria(),
    ...patch,
  };
}
