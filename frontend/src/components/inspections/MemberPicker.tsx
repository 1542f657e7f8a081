import { useEffect, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { listTeamCandidates, type TeamCandidate } from '../../api/inspections';
import { useInspectionSession } from './useInspectionSession';

/** Milliseconds between the last key typed and the search sent. */
export const MEMBER_SEARCH_DEBOUNCE_MS = 300;

/**
 * The member's account: an antd Select searching the accounts of the inspector's province on the server
 * (`GET /api/v1/inspections/team-candidates?q=`, debounced; case and diacritics ignored there). Picking one sets the
 * user name and calls `onPick` (the form fills the name and agency); clearing it leaves a member without an account
 * (someone from another agency). Used as a Form.Item control (`value`/`onChange`).
 */
export function MemberPicker({
  value,
  onChange,
  onPick,
  id,
}: {
  value?: string | null;
  onChange?: (username: string | null) => void;
  onPick?: (candidate: TeamCandidate) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const s = useInspectionSession();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), MEMBER_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const candidates = useQuery({
    queryKey: ['inspections', 'team-candidates', q, s.username],
    queryFn: ({ signal }) => listTeamCandidates(q, s.token, signal),
    enabled: s.ready && open,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const items = candidates.data?.items ?? [];
  const options = items.map((c) => ({
    value: c.username,
    label: `${c.name} (${c.username}) — ${c.unitName ?? c.unitCode}`,
  }));
  // the current account stays shown even when the search does not list it (a saved plan, another province)
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  const unavailable = candidates.error instanceof ApiError && candidates.error.status === 503;
  const error = candidates.isError ? (
    <Typography.Text type="warning" data-testid="member-picker-error" role="alert">
      {unavailable ? t('inspections.planEditor.directoryUnavailable') : candidates.error.message}
    </Typography.Text>
  ) : null;
  return (
    <>
      <Select
        id={id}
        data-testid="member-username"
        aria-label={t('inspections.planEditor.memberUsername')}
        placeholder={t('inspections.planEditor.memberPick')}
        allowClear
        showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
        value={value ?? undefined}
        onOpenChange={setOpen}
        options={options}
        loading={candidates.isFetching}
        notFoundContent={
          candidates.isFetching ? (
            <Spin size="small" />
          ) : candidates.isError ? null : (
            t('inspections.planEditor.noCandidates')
          )
        }
        onChange={(username?: string) => {
          setTyped('');
          onChange?.(username ?? null);
          const picked = items.find((c) => c.username === username);
          if (picked) onPick?.(picked);
        }}
        style={{ width: '100%' }}
        popupMatchSelectWidth={false}
      />
      {error}
    </>
  );
}
