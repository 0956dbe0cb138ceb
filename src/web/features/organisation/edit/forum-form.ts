/** The edit-forum form: its fields from a forum version, and the change request they make. */
import type { ForumView } from '../../../../shared/organisation.contract';
import type { ForumKind, ForumLevel, SectorScope } from '../../../../shared/organisation.enums';
import type { UpdateForumRequest } from '../../../../shared/organisation-requests.contract';
import { countOf } from './rule-spec';

/** The form's fields as typed (texts; tasks one per line). */
export interface ForumFields {
  name: string;
  shortName: string;
  level: ForumLevel;
  kind: ForumKind;
  scope: SectorScope;
  reportsToForumId: string;
  cadenceMin: string;
  cadenceMax: string;
  servedBy: string[];
  paidBy: string[];
  secretariatNote: string;
  charter: string;
  mustTasks: string;
  mayTasks: string;
  decisionCompetence: string;
}

/** The fields showing a forum version. */
export function fieldsOfForum(f: ForumView): ForumFields {
  return {
    name: f.name,
    shortName: f.shortName ?? '',
    level: f.level,
    kind: f.kind,
    scope: f.scope,
    reportsToForumId: f.reportsToForumId ?? '',
    cadenceMin: f.cadence ? String(f.cadence.min) : '',
    cadenceMax: f.cadence?.max != null ? String(f.cadence.max) : '',
    servedBy: f.secretariat?.servedBy ?? [],
    paidBy: f.secretariat?.paidBy ?? [],
    secretariatNote: f.secretariat?.note ?? '',
    charter: f.charter ?? '',
    mustTasks: f.mustTasks.join('\n'),
    mayTasks: f.mayTasks.join('\n'),
    decisionCompetence: f.decisionCompetence ?? '',
  };
}

const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

type Attrs = Omit<UpdateForumRequest, 'effectiveFrom' | 'acknowledgeBreaches'>;

/** Every attribute as the form says it; `null` for an invalid cadence. */
function attrsOf(f: ForumFields): Attrs | null {
  const min = countOf(f.cadenceMin);
  const max = countOf(f.cadenceMax);
  if (Number.isNaN(min) || Number.isNaN(max)) return null;
  if (min === undefined && max !== undefined) return null;
  if (min !== undefined && max !== undefined && max < min) return null;
  const secretariat =
    f.servedBy.length || f.paidBy.length || f.secretariatNote.trim()
      ? { servedBy: f.servedBy, paidBy: f.paidBy, note: textOrNull(f.secretariatNote) }
      : null;
  return {
    name: f.name.trim(),
    shortName: textOrNull(f.shortName),
    level: f.level,
    kind: f.kind,
    scope: f.scope,
    reportsToForumId: f.reportsToForumId || null,
    cadence: min === undefined ? null : { min, max: max ?? null },
    secretariat,
    charter: textOrNull(f.charter),
    mustTasks: lines(f.mustTasks),
    mayTasks: lines(f.mayTasks),
    decisionCompetence: textOrNull(f.decisionCompetence),
  };
}

/**
 * Only what changed against `forum` (a new version carries just those), `'invalidCadence'` when
 * the meeting numbers do not make sense, or `null` when nothing changed.
 */
export function forumChanges(forum: ForumView, f: ForumFields): Attrs | 'invalidCadence' | null {
  const next = attrsOf(f);
  if (next === null) return 'invalidCadence';
  const before = attrsOf(fieldsOfForum(forum));
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const old = before ? (before as Record<string, unknown>)[key] : undefined;
    if (JSON.stringify(old) !== JSON.stringify(value)) changed[key] = value;
  }
  return Object.keys(changed).length === 0 ? null : (changed as Attrs);
}
