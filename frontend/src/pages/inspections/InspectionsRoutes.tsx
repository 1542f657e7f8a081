import { Route, Routes } from 'react-router';
import { RequireRoles } from '../../components/RequireRoles';
import { Placeholder } from '../../components/Placeholder';
import { NAV_ITEMS } from '../../nav/navItems';

const ITEM = NAV_ITEMS.find((i) => i.key === 'inspections')!;

/** Everything under `/kiem-tra`: its own nested routes. */
export default function InspectionsRoutes() {
  return (
    <RequireRoles item={ITEM}>
      <Routes>
        <Route index element={<Placeholder titleKey="inspections.title" />} />
      </Routes>
    </RequireRoles>
  );
}
