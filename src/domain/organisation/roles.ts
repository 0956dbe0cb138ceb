/**
 * Which members count as members. Secretaries and (optional) attendees sit at the table without
 * being members: the SSU's "five municipal seats" do not include the director who attends.
 */
import { NON_MEMBER_ROLES, type SeatRole } from '../../shared/organisation.enums';
import type { Member } from './members.types';

/** True for members proper: counted by composition rules and able to hold a function. */
export function isFullMember(member: Pick<Member, 'role'>): boolean {
  return !(NON_MEMBER_ROLES as readonly SeatRole[]).includes(member.role);
}
