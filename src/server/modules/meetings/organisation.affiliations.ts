/**
 * Affiliations of meeting participants from the organisation module: for each person, the
 * office they hold on the day (preferably in the party they represent in the forum), else the
 * party they represent. One organisation snapshot per call.
 */
import { isValidOn, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { collaborationOf, loadOrgDay, orgContext, type OrgDay } from '../organisation/index';
import type { AffiliationRef } from './org-port';

/** The party each person represents in the forum (as member or substitute). */
function representedParties(day: OrgDay, forumId: string): Map<string, string> {
  const result = day.evaluate(forumId);
  const parties = new Map<string, string>();
  if (!result.ok) return parties;
  for (const m of result.members) {
    if (m.partyEntityId === null) continue;
    for (const personId of [m.personId, m.substitutePersonId]) {
      if (personId !== null && !parties.has(personId)) parties.set(personId, m.partyEntityId);
    }
  }
  return parties;
}

function partyOf(day: OrgDay, partyId: string) {
  return (
    day.state.parties.get(partyId) ??
    day.snapshot.parties.filter((p) => p.entityId === partyId).at(-1) ??
    null
  );
}

/** One person's affiliation on the day, or null. */
function affiliationOf(
  day: OrgDay,
  personId: string,
  represented: string | undefined,
): AffiliationRef | null {
  const holdings = day.snapshot.officeHoldings.filter(
    (h) => h.personId === personId && isValidOn(h, day.state.date),
  );
  const holding = holdings.find((h) => h.partyId === represented) ?? holdings[0];
  const partyId = holding?.partyId ?? represented;
  const party = partyId ? partyOf(day, partyId) : null;
  if (!party) return null;
  return { office: holding?.office ?? null, partyName: party.name, partyKind: party.kind };
}

function affiliationsOn(
  day: OrgDay,
  forumId: string,
  personIds: readonly string[],
): Map<string, AffiliationRef> {
  const out = new Map<string, AffiliationRef>();
  const represented = representedParties(day, forumId);
  for (const personId of new Set(personIds)) {
    const found = affiliationOf(day, personId, represented.get(personId));
    if (found) out.set(personId, found);
  }
  return out;
}

/** Affiliations of `personIds` in the forum's collaboration on `date`. */
export async function forumAffiliations(
  db: Db,
  forumId: string,
  date: IsoDate,
  personIds: readonly string[],
): Promise<Map<string, AffiliationRef>> {
  const collaborationId = personIds.length ? await collaborationOf(db, 'forum', forumId) : null;
  if (collaborationId === null) return new Map();
  return affiliationsOn(
    await loadOrgDay(orgContext(db), collaborationId, date),
    forumId,
    personIds,
  );
}

/**
 * {@link forumAffiliations} and whether the forum's members can be derived on `date` (the
 * organisation module's `getForumMembers` is not null), from ONE organisation day: a meeting
 * page needs both, and the day is the expensive part.
 */
export async function forumParticipantInfo(
  db: Db,
  forumId: string,
  date: IsoDate,
  personIds: readonly string[],
): Promise<{ affiliations: Map<string, AffiliationRef>; membersDerivable: boolean }> {
  const collaborationId = await collaborationOf(db, 'forum', forumId);
  if (collaborationId === null) return { affiliations: new Map(), membersDerivable: false };
  const day = await loadOrgDay(orgContext(db), collaborationId, date);
  return {
    affiliations: affiliationsOn(day, forumId, personIds),
    membersDerivable: day.evaluate(forumId).ok,
  };
}
