import { useContext } from 'react';
import { QueryClientContext, useQuery } from '@tanstack/react-query';
import { getWorkCounts, isWorkCounts, WORK_COUNT_FILTERS } from '../../api/dossiers';
import type { WorkCountKey } from '../../api/dossierTypes';
import { useSession } from '../../auth/session';
import { canSee, navItem, ROUTES } from '../../nav/navItems';

/** React Query key of the caller's work counts (invalidated with the worklist after a receipt or an action). */
export const WORK_COUNTS_KEY = ['dossiers', 'work-counts'] as const;

/** The counts stay fresh for a minute: the home page and the navigation badge share one request. */
const WORK_COUNTS_STALE_MS = 60_000;

/** Whether a user with these roles has a worklist, hence work counts (the same roles as the server's). */
export const hasWorkCounts = (roles: readonly string[]) => canSee(navItem('dossiers'), roles);

/**
 * The signed-in user's dossier work counts (`GET /dossiers/work-counts`); disabled for users without a worklist. An
 * answer that is not a work count (e.g. a misrouted page) is treated as none.
 */
export function useDossierWorkCounts() {
  const session = useSession();
  const enabled = session.isAuthenticated && hasWorkCounts(session.roles);
  return useQuery({
    queryKey: [...WORK_COUNTS_KEY, session.user?.username ?? null],
    queryFn: async ({ signal }) => {
      const v = await getWorkCounts(session.token, signal);
      return isWorkCounts(v) ? v : null;
    },
    enabled,
    staleTime: WORK_COUNTS_STALE_MS,
  });
}

/** Whether a React Query client is provided (the layout is also rendered without one, in isolation). */
export function useHasQueryClient(): boolean {
  return useContext(QueryClientContext) !== undefined;
}

/** The worklist URL (`/ho-so?…`) that lists a count, of one unit when `unitCode` is given. */
export function workCountPath(key: WorkCountKey, unitCode?: string): string {
  const p = new URLSearchParams();
  const f = WORK_COUNT_FILTERS[key];
  if (f.status) p.set('status', f.status);
  if (f.due) p.set('due', f.due);
  if (unitCode) p.set('unit', unitCode);
  return `${ROUTES.dossiers}?${p.toString()}`;
}

/** Inspectors get their work counts (GET /api/v1/inspections/work-counts) on the home page. */
export const hasInspectionWorkCounts = (roles: readonly string[]) => roles.includes('inspector');
/** Appraisers get theirs (GET /api/v1/par-index/work-counts). */
export const hasAppraisalWorkCounts = (roles: readonly string[]) => roles.includes('appraiser');
/** The catalogue staff (catalogue-admin, admin) get theirs (GET /api/v1/procedures/work-counts). */
export const hasCatalogueWorkCounts = (roles: readonly string[]) => canSee(navItem('catalogueAdmin'), roles);
