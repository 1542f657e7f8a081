import { Route, Routes } from 'react-router';
import { RequireRoles } from '../../components/RequireRoles';
import { NAV_ITEMS } from '../../nav/navItems';
import InspectionPage from './InspectionPage';
import InspectionsHomePage from './InspectionsHomePage';
import PlanEditorPage from './PlanEditorPage';
import PlanPage from './PlanPage';

const ITEM = NAV_ITEMS.find((i) => i.key === 'inspections')!;

/**
 * Everything under `/kiem-tra`: the plans and inspections (index), a new plan (`ke-hoach/moi`), one
 * plan (`ke-hoach/:planId`) and the inspection workspace (`:id`, tab in `?tab=`).
 */
export default function InspectionsRoutes() {
  return (
    <RequireRoles item={ITEM}>
      <Routes>
        <Route index element={<InspectionsHomePage />} />
        <Route path="ke-hoach/moi" element={<PlanEditorPage />} />
        <Route path="ke-hoach/:planId" element={<PlanPage />} />
        <Route path=":id" element={<InspectionPage />} />
      </Routes>
    </RequireRoles>
  );
}
