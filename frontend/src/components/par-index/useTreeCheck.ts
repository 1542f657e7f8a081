import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkTree, type CriteriaNode, type TreeCheck, type TreeProblem } from '../../api/parIndex';

/** How long the tree must stay unchanged before the server is asked to check it. */
export const TREE_CHECK_DELAY_MS = 400;

/** The rule codes of a tree's problems the SPA translates (`CriteriaTree`); others show the server's message. */
export const TREE_PROBLEMS = [
  'notEmpty',
  'pattern',
  'unique',
  'prefix',
  'notBlank',
  'points',
  'required',
  'rule',
  'indicatorKey',
] as const;

/** A problem of the tree in the user's language: totals with their numbers, known rule codes translated by code. */
export function treeProblemText(
  p: TreeProblem,
  t: (key: string, options?: Record<string, unknown>) => string,
  points: (n: number | null | undefined) => string,
): string {
  if (p.rule === 'totals') {
    return p.code
      ? t('parIndex.editor.totalsNode', { code: p.code, sum: points(p.sum), max: points(p.max) })
      : t('parIndex.editor.totalsSet', { sum: points(p.sum), max: points(p.max) });
  }
  if ((TREE_PROBLEMS as readonly string[]).includes(p.rule))
    return t(`parIndex.editor.problem.${p.rule}`, { code: p.code ?? '—' });
  return p.message;
}

export interface TreeCheckState {
  /** The server's answer for the last checked tree (kept while a newer tree waits), or undefined before the first. */
  check: TreeCheck | undefined;
  /** Why the server refused the body (a 400 the save would give too), or null. */
  error: unknown;
  /** A newer tree is waiting for its check. */
  pending: boolean;
}

/**
 * Asks `POST /criteria-sets/{setId}/tree-check` about `fields` once they have not changed for
 * {@link TREE_CHECK_DELAY_MS}: the server's `CriteriaTree` check, the one the save runs. The SPA checks nothing itself.
 */
export function useTreeCheck(
  setId: number,
  fields: CriteriaNode[],
  enabled: boolean,
  token: string | null | undefined,
): TreeCheckState {
  const [settled, setSettled] = useState(fields);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(fields), TREE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields]);
  const q = useQuery({
    queryKey: ['par-index', 'tree-check', setId, settled],
    queryFn: ({ signal }) => checkTree(setId, settled, token, signal),
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  return {
    check: q.isError ? undefined : q.data,
    error: q.error,
    pending: enabled && (settled !== fields || q.isFetching),
  };
}
