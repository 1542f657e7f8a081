import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { previewScore } from '../../api/parIndex';

/** How long a typed value must stay unchanged before the server is asked to score it. */
export const PREVIEW_DELAY_MS = 300;

/** What the server said about a value: its points, or why the save would refuse it. */
export interface ScorePreviewState {
  /** Points as the server computed them; null while waiting or when the value is refused. */
  points: number | null;
  /** The server's problem text for the value (problem+json violation of `value`), or null. */
  problem: string | null;
  /** A newer value is waiting for its preview. */
  pending: boolean;
}

/** The codes the server names a refused value by (`ScoringRule.ValueProblem`, the violation's `rule`). */
export const VALUE_PROBLEMS = ['negative', 'yesNo', 'whole', 'aboveMax', 'quarter'] as const;

/**
 * Why the server refused a value, in the user's language: the violation naming `value` is translated by its rule code
 * (`parIndex.self.invalid.<code>`); a code the SPA does not know shows the server's message, else the problem's text.
 */
export function problemText(error: unknown, t: (key: string) => string): string | null {
  if (!error) return null;
  if (error instanceof ApiError) {
    const v = error.problem?.violations?.find((x) => x.field === 'value') ?? error.problem?.violations?.[0];
    if (v?.rule && (VALUE_PROBLEMS as readonly string[]).includes(v.rule)) return t(`parIndex.self.invalid.${v.rule}`);
    return v?.message ?? error.detail ?? error.title;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks `POST /criteria-sets/{setId}/criteria/{code}/score-preview` for the points of `value`, once the value has not
 * changed for {@link PREVIEW_DELAY_MS}; previews are cached per set, criterion and value.
 */
export function useScorePreview(
  setId: number | null | undefined,
  code: string | null | undefined,
  value: number | null,
  token: string | null | undefined,
): ScorePreviewState {
  const { t } = useTranslation();
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  const enabled = setId !== null && setId !== undefined && !!code;
  const q = useQuery({
    queryKey: ['par-index', 'score-preview', setId, code, settled],
    queryFn: ({ signal }) => previewScore(setId!, code!, settled, token, signal),
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const pending = enabled && (settled !== value || q.isFetching);
  if (pending || !enabled) return { points: null, problem: null, pending };
  return { points: q.data ? q.data.points : null, problem: problemText(q.error, t), pending: false };
}
