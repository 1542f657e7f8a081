import { Route, Routes } from 'react-router';
import { RequireRoles } from '../../components/RequireRoles';
import { NAV_ITEMS } from '../../nav/navItems';
import AppraisalPage from './AppraisalPage';
import AssessmentResultPage from './AssessmentResultPage';
import AssessmentsPage from './AssessmentsPage';
import CriteriaSetEditorPage from './CriteriaSetEditorPage';
import CriteriaSetsPage from './CriteriaSetsPage';
import RankingPage from './RankingPage';
import SelfAssessmentPage from './SelfAssessmentPage';
import ServiceIndexPage from './ServiceIndexPage';
import SurveysPage from './SurveysPage';

const ITEM = NAV_ITEMS.find((i) => i.key === 'parIndex')!;

/**
 * Everything under `/chi-so` (see components/par-index/paths.ts):
 * `` assessments · `bo-tieu-chi` criteria sets · `bo-tieu-chi/:id` set editor ·
 * `danh-gia/:id` self-assessment (and giải trình) · `danh-gia/:id/tham-dinh` appraisal ·
 * `danh-gia/:id/ket-qua` result · `xep-hang` ranking · `chi-so-phuc-vu` QĐ 766 dashboard ·
 * `khao-sat` survey (SIPAS-style) values and their import.
 */
export default function ParIndexRoutes() {
  return (
    <RequireRoles item={ITEM}>
      <Routes>
        <Route index element={<AssessmentsPage />} />
        <Route path="bo-tieu-chi" element={<CriteriaSetsPage />} />
        <Route path="bo-tieu-chi/:id" element={<CriteriaSetEditorPage />} />
        <Route path="danh-gia/:id" element={<SelfAssessmentPage />} />
        <Route path="danh-gia/:id/tham-dinh" element={<AppraisalPage />} />
        <Route path="danh-gia/:id/ket-qua" element={<AssessmentResultPage />} />
        <Route path="xep-hang" element={<RankingPage />} />
        <Route path="chi-so-phuc-vu" element={<ServiceIndexPage />} />
        <Route path="khao-sat" element={<SurveysPage />} />
        <Route path="*" element={<AssessmentsPage />} />
      </Routes>
    </RequireRoles>
  );
}
