/**
 * `org check`: read a file, then run the organisation domain's composition checks on it as of a
 * day, without a database. A template leaves its seats vacant, so breaches that only say "a seat
 * is vacant" (a vacant vice-chair, a cluster whose seat is vacant) are warnings unless `strict`;
 * breaches that no staffing could cure (too many seats, a cycle) stay errors.
 */
import { isValidOn, type IsoDate } from '../../shared/dates';
import type { OrgFileProblem } from '../../shared/org-file.contract';
import { breachMessage } from '../../shared/organisation.messages';
import { createMemberEvaluator } from '../organisation/members';
import { stateOn, seatsOf, type OrgState } from '../organisation/as-of';
import type { Breach } from '../organisation/breach';
import { checkForum } from '../organisation/composition';
import { isFullMember } from '../organisation/roles';
import type { OrgSnapshot } from '../organisation/types';
import { dottedPath, type FilePath, type Locator } from './locate';
import type { NormalisedOrg } from './model';
import { parseOrgFile, sortProblems } from './parse';
import type { ReferenceData } from './reference';
import { snapshotIds, toSnapshot } from './to-snapshot';

/** Options of a check. */
export interface OrgCheckOptions {
  /** The day to check composition on; default `today` when the file is valid then, else its start. */
  date?: IsoDate;
  /** Today's date (injected for purity). */
  today: IsoDate;
  /** Treat vacancy breaches as errors too. */
  strict?: boolean;
}

/** The outcome of `org check`. */
export interface OrgCheckResult {
  /** The day composition was checked on (null when the file could not be read). */
  date: IsoDate | null;
  errors: OrgFileProblem[];
  warnings: OrgFileProblem[];
  org: NormalisedOrg | null;
  snapshot: OrgSnapshot | null;
  /** Every breach found on the day, with whether it only reflects a vacancy. */
  breaches: { breach: Breach; vacancy: boolean }[];
}

/** The default check day: today when the collaboration is valid today, else its first day. */
export function defaultCheckDate(org: NormalisedOrg, today: IsoDate): IsoDate {
  return isValidOn(org.collaboration, today) ? today : org.collaboration.validFrom;
}

/** Vacant members derived from a born rule that reads who sits elsewhere (or yielded nobody). */
const DEPENDENT_VIA = ['emptyRule', 'officeHoldersOfRepresented', 'roleHolders'];

/**
 * True when the breach would go away if every vacant seat were filled: a vacancy breach, a vacant
 * function the forum has a seat for, a cluster whose seat is vacant, or a count or cluster that
 * hangs on a born rule reading another forum that is not staffed yet.
 */
export function isVacancyBreach(state: OrgState, breach: Breach): boolean {
  if (breach.code === 'breach.noVacantSeats') return true;
  const result = createMemberEvaluator(state)(breach.forumEntityId);
  const members = result.ok ? result.members.filter(isFullMember) : [];
  const dependent = members.filter((m) => m.isVacant && DEPENDENT_VIA.includes(m.via.kind));
  const dependentVacancy = dependent.length > 0;
  switch (breach.code) {
    case 'breach.roleHeldByPartyKind.vacant':
      return seatsOf(state, breach.forumEntityId).some((s) => s.role === breach.params.role);
    case 'breach.seatsOfPartyKind.tooFew':
      return dependent.some((m) => m.partyKind === null || m.partyKind === breach.params.partyKind);
    case 'breach.bornRuleEmpty':
      return ['officeHoldersOfRepresented', 'roleHolders'].includes(String(breach.params.ruleKind));
    case 'breach.everyClusterRepresented': {
      const cluster = state.clusters.get(breach.subject);
      const inCluster = (partyId: string | null) =>
        partyId !== null && (cluster?.memberPartyIds.includes(partyId) ?? false);
      return (
        dependentVacancy ||
        members.some(
          (m) => m.isVacant && (m.clusterEntityId === breach.subject || inCluster(m.partyEntityId)),
        )
      );
    }
    default:
      return false;
  }
}

function breachPath(org: NormalisedOrg, breach: Breach): FilePath {
  const ids = snapshotIds(org.collaboration.key);
  const forum = org.fora.find((f) => ids.forum(f.key) === breach.forumEntityId);
  if (breach.ruleId !== null) {
    const rule = org.rules.find((r) => `${ids.forum(r.forumKey)}/rule:${r.key}` === breach.ruleId);
    if (rule) return rule.path;
  }
  const seat = org.seats.find((s) => breach.subject.startsWith(ids.seat(s.ref)));
  if (breach.code === 'breach.bornRuleEmpty' && seat) return seat.path;
  return forum?.path ?? [];
}

function breachProblem(org: NormalisedOrg, locator: Locator, breach: Breach, vacancy: boolean) {
  const path = breachPath(org, breach);
  const text = breachMessage(breach);
  const note = vacancy ? { da: ' (ubesat plads)', en: ' (vacant seat)' } : { da: '', en: '' };
  return {
    path: dottedPath(path),
    ...locator.locate(path),
    message: `Sammensætning: ${text.da}${note.da}`,
    messageEn: `Composition: ${text.en}${note.en}`,
  };
}

/** Reads and checks a file, including its composition as of a day. */
export function checkOrgFile(
  text: string,
  reference: ReferenceData,
  options: OrgCheckOptions,
): OrgCheckResult {
  const parsed = parseOrgFile(text, reference);
  const { org, locator } = parsed;
  if (org === null || locator === null) {
    return {
      date: null,
      errors: parsed.errors,
      warnings: parsed.warnings,
      org: null,
      snapshot: null,
      breaches: [],
    };
  }
  const date = options.date ?? defaultCheckDate(org, options.today);
  const snapshot = toSnapshot(org);
  const state = stateOn(snapshot, date);
  const evaluate = createMemberEvaluator(state);
  const breaches = [...state.fora.keys()]
    .flatMap((forumId) => checkForum(state, forumId, evaluate))
    .map((breach) => ({ breach, vacancy: isVacancyBreach(state, breach) }));
  const asError = breaches.filter(
    (b) => b.breach.severity === 'error' && (options.strict || !b.vacancy),
  );
  const asWarning = breaches.filter((b) => !asError.includes(b));
  const toProblem = (b: (typeof breaches)[number]) =>
    breachProblem(org, locator, b.breach, b.vacancy);
  return {
    date,
    errors: sortProblems([...parsed.errors, ...asError.map(toProblem)]),
    warnings: sortProblems([...parsed.warnings, ...asWarning.map(toProblem)]),
    org,
    snapshot,
    breaches,
  };
}
