import { Route, Routes } from 'react-router';
import { RequireRoles } from '../../components/RequireRoles';
import { Placeholder } from '../../components/Placeholder';
import { NAV_ITEMS } from '../../nav/navItems';

const ITEM = NAV_ITEMS.find((i) => i.key === 'parIndex')!;

/** Everything under `/chi-so`: its own nested routes. */
export default function ParIndexRoutes() {
  return (
    <RequireRoles item={ITEM}>
      <Routes>
        <Route index element={<Placeholder titleKey="parIndex.title" />} />
      </Routes>
    </RequireRoles>
  );
}
