import { useSession } from '../../auth/session';
import { inspectionRights } from '../../api/inspections';

/** The session with the inspection rights of its roles, and the user in query keys. */
export function useInspectionSession() {
  const session = useSession();
  return {
    token: session.token,
    roles: session.roles,
    username: session.user?.username ?? null,
    unit: session.user?.unit,
    ready: !session.isLoading,
    rights: inspectionRights(session.roles),
  };
}
