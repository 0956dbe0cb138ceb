/** Whether the logged-in account has the secretariat role (or admin). */
import { hasRole } from '../../../shared/roles';
import { useMe } from '../auth/auth.api';

/** True for secretariat and admin accounts. */
export function useIsSecretariat(): boolean {
  return hasRole(useMe().user.role, 'secretariat');
}
