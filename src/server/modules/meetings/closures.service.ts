/** Closure days: the built-in defaults (read-only) and those a collaboration declares. */
import type { ClosureDayEntry, CreateClosureDayRequest } from '../../../shared/meetings.contract';
import { DEFAULT_CLOSURE_DAYS } from '../../../domain/meetings/index';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import {
  deleteClosureRow,
  insertClosureRow,
  listClosureRows,
  type ClosureRow,
} from './calendar.repo';
import type { MeetingsDeps } from './participants.service';

function presentClosure(row: ClosureRow): ClosureDayEntry {
  const { id, collaborationId, kind, name, month, day, fromYear, toYear, date } = row;
  return { id, builtIn: false, collaborationId, kind, name, month, day, fromYear, toYear, date };
}

/** Built-in closure days (read-only) and the table's rows. */
export async function listClosureDays(
  deps: MeetingsDeps,
  collaborationId: string | undefined,
): Promise<ClosureDayEntry[]> {
  const builtIn: ClosureDayEntry[] = DEFAULT_CLOSURE_DAYS.map((c) => ({
    id: c.id,
    builtIn: true,
    collaborationId: null,
    kind: c.kind,
    name: c.name,
    month: c.kind === 'annual' ? c.month : null,
    day: c.kind === 'annual' ? c.day : null,
    fromYear: c.kind === 'annual' ? (c.fromYear ?? null) : null,
    toYear: c.kind === 'annual' ? (c.toYear ?? null) : null,
    date: c.kind === 'date' ? c.date : null,
  }));
  const rows = await listClosureRows(
    deps.db,
    collaborationId ? { collaborationId } : { all: true },
  );
  return [...builtIn, ...rows.map(presentClosure)];
}

/** Adds a closure day. */
export async function createClosureDay(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateClosureDayRequest,
): Promise<ClosureDayEntry> {
  return mutate(deps.db, actor, async (tx) => {
    const row = await insertClosureRow(tx, {
      ...input,
      collaborationId: input.collaborationId ?? null,
    });
    const entry = presentClosure(row);
    return {
      result: entry,
      audit: {
        action: 'closureDay.create',
        entityType: 'closureDay',
        entityId: row.id,
        after: entry,
      },
    };
  });
}

/** Deletes a closure day from the table (built-in ones cannot be deleted). */
export async function deleteClosureDay(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await deleteClosureRow(tx, id);
    if (!row) throw notFound({ da: 'Lukkedagen', en: 'The closure day' });
    return {
      result: undefined,
      audit: {
        action: 'closureDay.delete',
        entityType: 'closureDay',
        entityId: id,
        before: presentClosure(row),
      },
    };
  });
}
