import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getAllUnits, getFields } from './procedures';
import type { FieldCount, UnitView } from './types';

/**
 * Reference data (units, lĩnh vực) changes rarely: one request per browser session and key, shared by every page
 * (react-query never refetches it by itself; an explicit invalidation, e.g. after publishing, still does), and kept in
 * sessionStorage so that a full page load in the same tab does not ask again (issue 17: staff page loads drew 429s).
 */
export const REFERENCE_MAX_AGE_MS = 60 * 60_000;
const STORAGE_PREFIX = 'cchc.reference.v1:';

interface Stored<T> {
  at: number;
  data: T;
}

function storageKey(key: QueryKey): string {
  return STORAGE_PREFIX + JSON.stringify(key);
}

function readStored<T>(key: QueryKey): Stored<T> | undefined {
  try {
    const raw = window.sessionStorage?.getItem(storageKey(key));
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Stored<T>;
    if (typeof stored?.at !== 'number' || Date.now() - stored.at > REFERENCE_MAX_AGE_MS) return undefined;
    return stored;
  } catch {
    return undefined;
  }
}

function writeStored<T>(key: QueryKey, data: T): void {
  try {
    window.sessionStorage?.setItem(storageKey(key), JSON.stringify({ at: Date.now(), data } satisfies Stored<T>));
  } catch {
    /* storage full or disabled: the in-memory cache still holds it */
  }
}

/** Options of a reference-data query: cached for the session (memory and sessionStorage). */
export function referenceQuery<T>(queryKey: QueryKey, load: (signal: AbortSignal) => Promise<T>) {
  return {
    queryKey,
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const data = await load(signal);
      writeStored(queryKey, data);
      return data;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: () => readStored<T>(queryKey)?.data,
    initialDataUpdatedAt: () => readStored<T>(queryKey)?.at,
  };
}

export const FIELDS_KEY = ['procedures', 'fields'] as const;
export const UNITS_KEY = ['units', 'all'] as const;

/** Lĩnh vực with counts (`GET /procedures/fields`), once per session. */
export function useFields() {
  return useQuery(referenceQuery<FieldCount[]>(FIELDS_KEY, (signal) => getFields(signal)));
}

/** Every unit valid today (all pages of `GET /units`), once per session. */
export function useUnits() {
  return useQuery(referenceQuery<UnitView[]>(UNITS_KEY, (signal) => getAllUnits({}, signal)));
}

function useUnitSelection(pick: (u: UnitView) => boolean) {
  const units = useUnits();
  const selected = useMemo(() => (units.data ?? []).filter(pick), [units.data, pick]);
  return { ...units, units: selected };
}

const isAgency = (u: UnitView) => u.kind === 'AGENCY' || u.kind === 'ADMINISTRATION';
const isReceivingPoint = (u: UnitView) => !!u.receivesDossiers;
const isAdministration = (u: UnitView) => u.kind === 'ADMINISTRATION';

/** Cơ quan thực hiện: units of kind AGENCY or ADMINISTRATION. */
export function useAgencies() {
  return useUnitSelection(isAgency);
}

/** Nơi tiếp nhận: units with `receivesDossiers`. */
export function useReceivingPoints() {
  return useUnitSelection(isReceivingPoint);
}

/** UBND tỉnh / xã: scopes of the compliance report. */
export function useAdministrations() {
  return useUnitSelection(isAdministration);
}

/** Code → name of every known unit. */
export function useUnitNames(): Map<string, string> {
  const units = useUnits();
  return useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u.name])), [units.data]);
}
