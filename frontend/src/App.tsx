import { lazy, Suspense, useState, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';
import { loadTexts } from './i18n';
import { AuthSession } from './auth/AuthSession';
import type { AppConfig } from './config';
import { AppLayout } from './components/AppLayout';
import HomePage from './pages/HomePage';
import { ROUTES } from './nav/navItems';

/** The public pages' chunks, also fetched by {@link preloadRoute} while the runtime configuration loads. */
const publicPages = {
  procedures: () => import('./pages/ProceduresPage'),
  procedure: () => import('./pages/ProcedureDetailPage'),
  tracking: () => import('./pages/TrackingPage'),
  rating: () => import('./pages/RatingPage'),
};

/**
 * Starts loading the chunk of the public page at `pathname` at once, in parallel with `/config.json` and the session
 * (instead of after them, when the router renders the lazy page): one round trip less before content on a slow
 * line. Answers the page it preloads, if any.
 */
export function preloadRoute(pathname: string): keyof typeof publicPages | undefined {
  const page = /^\/thu-tuc\/?$/.test(pathname)
    ? 'procedures'
    : /^\/thu-tuc\/[^/]+/.test(pathname)
      ? 'procedure'
      : /^\/tra-cuu\/?$/.test(pathname)
        ? 'tracking'
        : /^\/danh-gia\/[^/]+/.test(pathname)
          ? 'rating'
          : undefined;
  if (page) void publicPages[page]().catch(() => undefined); // a failure shows when the router loads it again
  return page;
}

/** antd's provider (theme, locale, App context), loaded with the staff pages: the frame and the entry carry no antd. */
const antdRoot = () => import('./components/AntdRoot');

/** A lazy staff page rendered inside antd's provider. */
function staffPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), antdRoot()]).then(([m, a]) => ({ default: a.withAntd(m.default) })));
}

// the public pages bring antd's provider themselves (withAntd, a static import: counted by scripts/size-budget.mjs)
const ProceduresPage = lazy(publicPages.procedures);
const DossiersPage = staffPage(() => import('./pages/DossiersPage'));
const WorklistPage = staffPage(() => import('./pages/dossiers/WorklistPage'));
const ReceivePage = staffPage(() => import('./pages/dossiers/ReceivePage'));
const DossierDetailPage = staffPage(() => import('./pages/dossiers/DossierDetailPage'));
const StatisticsPage = staffPage(() => import('./pages/dossiers/StatisticsPage'));
const TrackingPage = lazy(publicPages.tracking);
const MyDossiersPage = staffPage(() => import('./pages/MyDossiersPage'));
const RatingPage = lazy(publicPages.rating);
const CalendarPage = staffPage(() => import('./pages/CalendarPage'));
const DossierCatalogue = staffPage(() => import('./pages/DossiersPage').then((m) => ({ default: m.DossierCatalogue })));
// the staff features' texts are chunks of their own (src/i18n), loaded with the feature
const InspectionsRoutes = staffPage(() =>
  Promise.all([import('./pages/inspections/InspectionsRoutes'), loadTexts('inspections')]).then(([m]) => m),
);
const ParIndexRoutes = staffPage(() =>
  Promise.all([import('./pages/par-index/ParIndexRoutes'), loadTexts('parIndex')]).then(([m]) => m),
);
const ProcedureDetailPage = lazy(publicPages.procedure);
const CatalogueAdminPage = staffPage(() => import('./pages/CatalogueAdminPage'));
const PostingPage = staffPage(() => import('./pages/PostingPages'));
const ComplianceReportPage = staffPage(() =>
  import('./pages/PostingPages').then((m) => ({ default: m.ComplianceReportPage })),
);
const ComplianceUnitPage = staffPage(() =>
  import('./pages/PostingPages').then((m) => ({ default: m.ComplianceUnitPage })),
);
const NotFoundPage = staffPage(() => import('./pages/FeaturePages').then((m) => ({ default: m.NotFoundPage })));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 10_000,
        // 4xx answers (401/403/404/400) will not change on retry
        // (a 429/503 with Retry-After was already waited out and retried once by the client: src/api/client.ts)
        retry: (count, err) =>
          !(err instanceof ApiError && err.status >= 400 && err.status < 500) &&
          !(err instanceof ApiError && err.status === 503 && err.retryAfter !== undefined) &&
          count < 2,
      },
    },
  });
}

/** All client-side routes (the gateway must answer them with index.html). */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path={ROUTES.procedures} element={<ProceduresPage />} />
          <Route path={ROUTES.procedure} element={<ProcedureDetailPage />} />
          <Route path={ROUTES.dossierStats} element={<StatisticsPage />} />
          <Route path={ROUTES.dossiers} element={<DossiersPage />}>
            <Route index element={<WorklistPage />} />
            <Route path="danh-muc-thu-tuc" element={<DossierCatalogue />} />
            <Route path="tiep-nhan" element={<ReceivePage />} />
            <Route path=":code" element={<DossierDetailPage />} />
          </Route>
          <Route path={ROUTES.tracking} element={<TrackingPage />} />
          <Route path={ROUTES.myDossiers} element={<MyDossiersPage />} />
          <Route path={ROUTES.rating} element={<RatingPage />} />
          <Route path={ROUTES.calendar} element={<CalendarPage />} />
          <Route path={`${ROUTES.inspections}/*`} element={<InspectionsRoutes />} />
          <Route path={`${ROUTES.parIndex}/*`} element={<ParIndexRoutes />} />
          <Route path={ROUTES.catalogueAdmin} element={<CatalogueAdminPage />} />
          <Route path={ROUTES.posting} element={<PostingPage />} />
          <Route path={ROUTES.complianceReport} element={<ComplianceReportPage />} />
          <Route path={ROUTES.complianceUnit} element={<ComplianceUnitPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** Shown while a lazy page loads: a plain spinner (no antd in the frame). */
function Loading() {
  const { t } = useTranslation();
  return (
    <div className="app-spin" role="status" aria-live="polite">
      <span className="spinner" aria-hidden />
      <span className="visually-hidden">{t('a11y.loading')}</span>
    </div>
  );
}

export default function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthSession config={config}>
          <AppRoutes />
        </AuthSession>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
