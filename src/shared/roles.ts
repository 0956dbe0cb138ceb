/** Account roles, from least to most privileged. */
import { z } from 'zod';

export const ROLES = ['reader', 'member', 'secretariat', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * True when `role` grants at least `required`. Roles nest: admin ⊃ secretariat ⊃ member ⊃
 * reader, so an admin can do what the secretariat can.
 */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
