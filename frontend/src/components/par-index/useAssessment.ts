import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getAssessment, listEvidence, type AssessmentDetail, type AssessmentView } from '../../api/parIndex';
import { useSession } from '../../auth/session';

export const assessmentKey = (id: string | number) => ['parIndex', 'assessment', String(id)] as const;
export const evidenceKey = (id: string | number) => ['parIndex', 'evidence', String(id)] as const;

/** One assessment's detail and its evidence documents, with helpers to refresh them after a change. */
export function useAssessment(id: string | undefined, withEvidence = true) {
  const session = useSession();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: assessmentKey(id ?? ''),
    queryFn: ({ signal }) => getAssessment(id!, session.token, signal),
    enabled: !!id && !session.isLoading,
  });
  const evidence = useQuery({
    queryKey: evidenceKey(id ?? ''),
    queryFn: ({ signal }) => listEvidence(id!, session.token, signal),
    enabled: !!id && !session.isLoading && withEvidence && detail.isSuccess,
  });
  /** A PUT answered the new detail: show it, and re-read the evidence links. */
  const replaced = useCallback(
    (d: AssessmentDetail) => {
      client.setQueryData(assessmentKey(id ?? ''), d);
      void client.invalidateQueries({ queryKey: evidenceKey(id ?? '') });
    },
    [client, id],
  );
  /** A workflow step answered the new header: re-read everything. */
  const moved = useCallback(
    (_v: AssessmentView) => {
      void client.invalidateQueries({ queryKey: ['parIndex'] });
    },
    [client],
  );
  return { detail, evidence, replaced, moved };
}
