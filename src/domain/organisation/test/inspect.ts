/** Test helpers that turn derived members into readable values for assertions. */
import type { OrgState } from '../as-of';
import { deriveMembers } from '../members';
import type { Member } from '../members.types';

/** The members of a forum; fails the test when they cannot be derived. */
export function membersOf(state: OrgState, forumId: string): readonly Member[] {
  const result = deriveMembers(state, forumId);
  if (!result.ok) throw new Error(`${forumId}: ${JSON.stringify(result.error)}`);
  return result.members;
}

/** `name (party)` per member, `vacant (party)` for vacancies: compact and order-preserving. */
export function describeMembers(state: OrgState, members: readonly Member[]): string[] {
  return members.map((m) => {
    const who =
      m.personId === null ? 'vacant' : (state.persons.get(m.personId)?.name ?? m.personId);
    const party =
      m.partyEntityId === null ? '-' : (state.parties.get(m.partyEntityId)?.name ?? '?');
    return `${who} (${party})`;
  });
}

/** The party names of the (non-vacant, optionally role-filtered) members. */
export function partiesOf(state: OrgState, members: readonly Member[], role?: Member['role']) {
  return members
    .filter((m) => role === undefined || m.role === role)
    .map((m) => state.parties.get(m.partyEntityId ?? '')?.name ?? '-');
}
