/** Roles that import survey (SIPAS-style) results; the server checks them too. */
export const SURVEY_IMPORT_ROLES: readonly string[] = ['appraiser', 'admin'];

/** Client-side paths of the PAR index screens (all under `/chi-so`, see ParIndexRoutes). */
const BASE = '/chi-so';

export const PAR_PATHS = {
  assessments: BASE,
  criteriaSets: `${BASE}/bo-tieu-chi`,
  ranking: `${BASE}/xep-hang`,
  serviceIndex: `${BASE}/chi-so-phuc-vu`,
  surveys: `${BASE}/khao-sat`,
} as const;

const enc = (v: number | string) => encodeURIComponent(String(v));

export const criteriaSetPath = (id: number | string) => `${PAR_PATHS.criteriaSets}/${enc(id)}`;
export const selfAssessmentPath = (id: number | string) => `${BASE}/danh-gia/${enc(id)}`;
export const appraisalPath = (id: number | string) => `${BASE}/danh-gia/${enc(id)}/tham-dinh`;
export const resultPath = (id: number | string) => `${BASE}/danh-gia/${enc(id)}/ket-qua`;
