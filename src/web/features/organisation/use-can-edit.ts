/** Whether the user may change the organisation (secretariat and admin; readers only read). */
import { hasRole } from '../../../shared/roles';
import { useMe } from '../auth/auth.api';

/** True for the secretariat and administrators. The server checks again on every change. */
export function useCanEdit(): boolean {
  return hasRole(useMe().user.role, 'secretariat');
}
