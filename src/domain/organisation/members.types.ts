/**
 * The derived members of a forum on a day and how each was derived. Members are never stored:
 * they are computed from seats, appointments, office holdings and born rules, so when an office
 * holder changes, every born seat that depends on it follows.
 */
import type {
  BornRuleKind,
  MemberSource,
  Office,
  PartyKind,
  SeatRole,
} from '../../shared/organisation.enums';

/**
 * Machine-readable explanation of a member: the rule kind and the ids it was derived from, so
 * the UI can say "born: mayor of Vejle" and the audit log can say what moved.
 */
export type MemberVia =
  /** An appointed seat; `appointmentId: null` when vacant. */
  | { kind: 'appointment'; appointmentId: string | null }
  /**
   * A holder of `office` in `partyId`; `officeHoldingId: null` when the office is unfilled.
   * `substituteOffice`: the office whose holder stands in (the member's `substitutePersonId`).
   */
  | {
      kind: 'officeHolders';
      office: Office;
      partyId: string;
      officeHoldingId: string | null;
      substituteOffice?: Office;
    }
  /**
   * Whoever holds `role` in `sourceForumId`; `sourceSeatId` is the seat giving the role there
   * (the function seat for a function role), null when nobody holds it.
   */
  | { kind: 'roleHolders'; role: SeatRole; sourceForumId: string; sourceSeatId: string | null }
  /** A holder of `office` in `partyId`, a party represented in `sourceForumId`. */
  | {
      kind: 'officeHoldersOfRepresented';
      office: Office;
      partyId: string;
      sourceForumId: string;
      officeHoldingId: string | null;
    }
  /** A born seat whose rule yielded nobody at all: shown as one vacancy (see `bornRuleEmpty`). */
  | { kind: 'emptyRule'; ruleKind: BornRuleKind };

/** One derived member (or vacancy) of a forum on a day. */
export interface Member {
  forumEntityId: string;
  seatEntityId: string;
  /** The person sitting; null for a vacancy. */
  personId: string | null;
  /** The role of the member's own seat. */
  role: SeatRole;
  /** `role` plus the function roles (chair, co-chair, vice-chair) the member holds. */
  roles: readonly SeatRole[];
  /** The party the member represents, when known. */
  partyEntityId: string | null;
  /** The kind of that party, or for a vacancy the kind the seat or rule asks for. */
  partyKind: PartyKind | null;
  /** The cluster the member represents: the seat's or rule's cluster, else the party's only one. */
  clusterEntityId: string | null;
  source: MemberSource;
  isVacant: boolean;
  substitutePersonId: string | null;
  /** The function seats whose roles were added to this member. */
  functionSeatEntityIds: readonly string[];
  via: MemberVia;
}

/** Something wrong with a forum's composition found while deriving it (not a failure). */
export type MemberIssue =
  /** A function seat's holder is not a member of the forum, so the role went nowhere. */
  | { kind: 'functionHolderNotMember'; seatEntityId: string; personId: string; role: SeatRole }
  /**
   * A born rule that yields nobody where it should: no parties to draw from (`noParties`), or
   * the fora it refers to do not exist on the day (`noForums`).
   */
  | {
      kind: 'bornRuleEmpty';
      seatEntityId: string;
      ruleKind: BornRuleKind;
      reason: 'noParties' | 'noForums';
    };

/** Why a forum's members could not be derived. */
export type MembersError =
  /** Born rules depend on each other in a circle; the path repeats its first forum at the end. */
  | { kind: 'ruleCycle'; forumEntityIds: readonly string[] }
  /** No forum with this entityId is valid on the day. */
  | { kind: 'unknownForum'; forumEntityId: string };

/** The members of one forum on a day, or why they could not be derived. */
export type MembersResult =
  | {
      ok: true;
      forumEntityId: string;
      members: readonly Member[];
      issues: readonly MemberIssue[];
    }
  | { ok: false; forumEntityId: string; error: MembersError };

/** Derives (memoised) the members of any forum of one state. */
export type MemberEvaluator = (forumEntityId: string) => MembersResult;
