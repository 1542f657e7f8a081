import { lazy, Suspense, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';
import { antdLocale } from './i18n/antdLocale';
import { OidcProvider } from './auth/OidcProvider';
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

const ProceduresPage = lazy(publicPages.procedures);
const DossiersPage = lazy(() => import('./pages/DossiersPage'));
const WorklistPage = lazy(() => import('./pages/dossiers/WorklistPage'));
const ReceivePage = lazy(() => import('./pages/dossiers/ReceivePage'));
const DossierDetailPage = lazy(() => import('./pages/dossiers/DossierDetailPage'));
const StatisticsPage = lazy(() => import('./pages/dossiers/StatisticsPage'));
const TrackingPage = lazy(publicPages.tracking);
const MyDossiersPage = lazy(() => import('./pages/MyDossiersPage'));
const RatingPage = lazy(publicPages.rating);
const CalendarPage = lazy(() => import('./pages/CalendarPage'));
const DossierCatalogue = lazy(() => import('./pages/DossiersPage').then((m) => ({ default: m.DossierCatalogue })));
const InspectionsRoutes = lazy(() => import('./pages/inspections/InspectionsRoutes'));
const ParIndexRoutes = lazy(() => import('./pages/par-index/ParIndexRoutes'));
const ProcedureDetailPage = lazy(publicPages.procedure);
const CatalogueAdminPage = lazy(() => import('./pages/CatalogueAdminPage'));
const PostingPage = lazy(() => import('./pages/PostingPages'));
const ComplianceReportPage = lazy(() =>
  import('./pages/PostingPages').then((m) => ({ default: m.ComplianceReportPage })),
);
const ComplianceUnitPage = lazy(() => import('./pages/PostingPages').then((m) => ({ default: m.ComplianceUnitPage })));
const NotFoundPage = lazy(() => import('./pages/FeaturePages').then((m) => ({ default: m.NotFoundPage })));

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
    <Suspense fallback={<Spin className="app-spin" />}>
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

export default function App({ config }: { config: AppConfig }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const locale = useMemo(() => antdLocale(lang), [lang]);
  return (
    <ConfigProvider
      locale={locale}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          colorLink: '#b71c1c',
          // secondary texts at 4.5:1 or more on white (WCAG AA; antd's default 45 % black is 3.4:1)
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          // placeholders too (axe color-contrast on the catalogue's field filter; antd's default is 25 % black)
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          // danger buttons and error texts at 4.5:1 on white (antd's #ff4d4f is 3.3:1)
          colorError: '#cf1322',
          // success texts too (a progress at 100 % wrote its figure in #52c41a: 2.1:1)
          colorSuccess: '#237804',
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <OidcProvider config={config}>
              <AppRoutes />
            </OidcProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
