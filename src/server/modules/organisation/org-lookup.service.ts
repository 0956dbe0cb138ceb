/**
 * Small look-ups for other modules (meetings, cases): a forum on a day, forum names, and whether
 * a user is a member of a forum (closed agenda items are for members only), and the one problem
 * for a forum that is not there on a day ({@link forumNotValidProblem}).
 */
import { DateTime } from 'luxon';
import { forumAbsence, type ForumAbsence } from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import { orgText } from '../../../shared/organisation.messages';
import type { ProblemCode } from '../../../shared/problem';
import { isValidOn, type IsoDate } from '../../../shared/dates';
import { getForumMembers } from './org-forum-view.service';
import { forumVersions } from './org-read.repo';
import type { ForumRow } from './org-snapshot.repo';

/** The version of a forum valid on `date` (with `collaborationId` and `key`), or null. */
export async function findForum(db: Db, forumId: string, date: IsoDate): Promise<ForumRow | null> {
  const versions = await forumVersions(db, [forumId]);
  return versions.find((v) => isValidOn(v, date)) ?? null;
}

/** Names of fora by entityId (their latest version; any collaboration). Unknown ids are left out. */
export async function forumNames(
  db: Db,
  forumIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  // Versions come oldest first, so the latest name wins.
  for (const v of await forumVersions(db, forumIds)) names.set(v.entityId, v.name);
  return names;
}

/**
 * True when the user's person is a member (or the substitute of a member) of the forum on `date`.
 * A user without a linked person is never a member.
 */
export async function isForumMember(
  db: Db,
  forumId: string,
  userId: string,
  date: IsoDate,
): Promise<boolean> {
  const members = await getForumMembers(db, forumId, date);
  return (members ?? []).some((m) => m.userId === userId || m.substitute?.userId === userId);
}

/** An ISO date the Danish or English long way: "31. december 2026" / "31 December 2026". */
export function longDate(date: IsoDate, lang: 'da' | 'en'): string {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  return DateTime.fromISO(date, { locale }).toFormat(
    lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy',
  );
}

function absenceText(absence: ForumAbsence, date: IsoDate, names: ReadonlyMap<string, string>) {
  const render = (lang: 'da' | 'en'): string => {
    switch (absence.kind) {
      case 'ended': {
        const successors = absence.successorForumIds
          .map((id) => names.get(id))
          .filter((n): n is string => n !== undefined);
        const params = { name: absence.name, lastDay: longDate(absence.lastDay, lang) };
        if (successors.length === 0) return orgText('problems.forumEnded', params)[lang];
        const withSuccessors = {
          ...params,
          successors: successors.join(', '),
          count: successors.length,
        };
        return orgText('problems.forumEndedSuccessors', withSuccessors)[lang];
      }
      case 'notYet':
        return orgText('problems.forumNotYet', {
          name: absence.name,
          firstDay: longDate(absence.firstDay, lang),
        })[lang];
      case 'gap':
        return orgText('problems.forumNotOnDate', {
          name: absence.name,
          date: longDate(date, lang),
        })[lang];
      default:
        return orgText('problems.forumUnknown', { date: longDate(date, lang) })[lang];
    }
  };
  return { da: render('da'), en: render('en') };
}

/**
 * The one problem for "this forum is not there on that day", used by every module that refuses
 * an action for it: says when the forum ended and names its successors ("Sundhedssamarbejds-
 * udvalget blev nedlagt 31. december 2026; efterfølger: Sundhedsråd Fyn"), or when it starts.
 * `extra` carries the machine-readable reason, the forum's last day and successors' ids.
 */
export async function forumNotValidProblem(
  db: Db,
  forumId: string,
  date: IsoDate,
  code: ProblemCode = 'unprocessable',
): Promise<AppError> {
  const versions = await forumVersions(db, [forumId]);
  const names = await successorNamesOf(db, versions);
  return forumProblemOf(forumId, versions, date, names, code);
}

/** Names of the successors of a forum's last version (for {@link forumProblemOf}). */
export async function successorNamesOf(
  db: Db,
  versions: readonly ForumRow[],
): Promise<Map<string, string>> {
  return forumNames(db, versions.at(-1)?.successorForumIds ?? []);
}

/**
 * {@link forumNotValidProblem} from already loaded versions (oldest first) and successor names,
 * for checks inside a transaction.
 */
export function forumProblemOf(
  forumId: string,
  versions: readonly ForumRow[],
  date: IsoDate,
  names: ReadonlyMap<string, string>,
  code: ProblemCode = 'unprocessable',
): AppError {
  const absence = forumAbsence(versions, date);
  const successorIds = absence.kind === 'ended' ? absence.successorForumIds : [];
  const successors = successorIds
    .filter((id) => names.has(id))
    .map((id) => ({ id, name: names.get(id) as string }));
  return new AppError(code, absenceText(absence, date, names), {
    extra: {
      reason: absence.kind === 'present' ? 'unknown' : absence.kind,
      forumId,
      date,
      ...(absence.kind === 'ended' ? { lastDay: absence.lastDay, successors } : {}),
      ...(absence.kind === 'notYet' ? { firstDay: absence.firstDay } : {}),
    },
  });
}
