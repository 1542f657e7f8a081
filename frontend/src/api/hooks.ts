import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getAllUnits, getFields } from './procedures';
import type { UnitView } from './types';

const REFERENCE_STALE_MS = 5 * 60_000;

/** Lĩnh vực with counts (`GET /procedures/fields`), cached for a few minutes. */
export function useFields() {
  return useQuery({
    queryKey: ['procedures', 'fields'],
    queryFn: ({ signal }) => getFields(signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Every unit valid today (all pages of `GET /units`), cached for a few minutes. */
export function useUnits() {
  return useQuery({
    queryKey: ['units', 'all'],
    queryFn: ({ signal }) => getAllUnits({}, signal),
    staleTime: REFERENCE_STALE_MS,
  });
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
