/**
 * The organisation reads the meetings, cases and agendas pages need for their pickers and to
 * name fora: the collaborations, each collaboration's fora (from its overview) and a forum's
 * members on a day. Read-only; the organisation feature owns editing.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import { isIsoDate, todayInDenmark, type IsoDate } from '../../../shared/dates';
import { preferredCollaboration, type MyCollaborations } from '../../../shared/scopes';
import { useSession } from '../auth/auth.api';
import type {
  CollaborationListSchema,
  ForumPage,
  ForumSummary,
  Overview,
} from '../../../shared/organisation-views.contract';

type CollaborationList = z.infer<typeof CollaborationListSchema>;

/** Query keys of these reads (prefixed so they never clash with the organisation feature). */
const KEY = ['meetings-org'] as const;
const enc = encodeURIComponent;

/** A forum as the pickers show it, with its collaboration and level group. */
export interface ForumOption extends ForumSummary {
  collaborationId: string;
  /** The level's label in Danish and English ("Klyngeniveau"). */
  levelLabel: { da: string; en: string };
}

/** The fora of one collaboration grouped by level, and all of them by id. */
export interface ForumDirectory {
  groups: { level: string; label: { da: string; en: string }; fora: ForumOption[] }[];
  byId: Map<string, ForumOption>;
}

/**
 * The day a picker offers fora for: `date` when it is a whole ISO date (a meeting's day, a
 * series' first day), else today in Denmark (lists without a date, a half-typed date).
 */
export function pickerDate(date?: string | null): IsoDate {
  return date && isIsoDate(date) ? date : todayInDenmark();
}

/** The collaborations valid on `date` (default today). */
export function useCollaborationList(date: IsoDate = todayInDenmark()) {
  return useQuery({
    queryKey: [...KEY, 'collaborations', date],
    queryFn: ({ signal }) =>
      api.get<CollaborationList>('/org/collaborations', { query: { date }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The collaborations the current user works in (by their grants), per user. */
export function useMyCollaborations() {
  const userId = useSession().data?.user.id ?? '';
  return useQuery({
    queryKey: ['access', 'my-collaborations', userId],
    queryFn: ({ signal }) => api.get<MyCollaborations>('/access/my-collaborations', { signal }),
    staleTime: 5 * 60_000,
    enabled: userId !== '',
  });
}

/**
 * The collaborations valid on `date` and the one a page starts on: the first the user works in
 * (so a regional secretariat starts on its own region's, not the country's first by name);
 * '' until both are known.
 */
export function useStartingCollaboration(date: IsoDate = todayInDenmark()) {
  const list = useCollaborationList(date);
  const items = list.data?.items ?? [];
  const startId = useStartingId(items.map((c) => c.entityId));
  return { list, items, startId };
}

/** Of the collaborations `ids` (in their list's order), the one a page starts on. */
export function useStartingId(ids: readonly string[]): string {
  const mine = useMyCollaborations();
  const known = mine.data !== undefined || mine.isError || mine.fetchStatus === 'idle';
  return known ? preferredCollaboration(ids, mine.data) : '';
}

function directoryOf(overviews: readonly Overview[]): ForumDirectory {
  const groups: ForumDirectory['groups'] = [];
  const byId = new Map<string, ForumOption>();
  for (const overview of overviews) {
    for (const level of overview.foraByLevel) {
      const fora = level.fora.map((f) => ({
        ...f,
        collaborationId: overview.collaboration.entityId,
        levelLabel: level.label,
      }));
      for (const f of fora) byId.set(f.entityId, f);
      const name = overview.collaboration.name;
      const label =
        overviews.length > 1
          ? { da: `${name}: ${level.label.da}`, en: `${name}: ${level.label.en}` }
          : level.label;
      if (fora.length > 0) groups.push({ level: level.level, label, fora });
    }
  }
  return { groups, byId };
}

/**
 * The fora valid on `on` (a meeting's or a step's day; default today in Denmark) of the given
 * collaborations (all of them when `collaborationId` is empty), grouped by level; `data` is
 * undefined while loading. Pickers built on it offer only fora that exist on the chosen day and
 * re-filter when it changes.
 */
export function useForumDirectory(collaborationId?: string, on?: string | null) {
  const date = pickerDate(on);
  const list = useCollaborationList(date);
  const ids = (list.data?.items ?? [])
    .map((c) => c.entityId)
    .filter((id) => !collaborationId || id === collaborationId);
  const overviews = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...KEY, 'overview', id, date],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Overview>(`/org/collaborations/${enc(id)}/overview`, { query: { date }, signal }),
      staleTime: 5 * 60_000,
    })),
  });
  const pending = list.isPending || overviews.some((q) => q.isPending);
  const error = list.error ?? overviews.find((q) => q.error)?.error ?? null;
  const loaded = overviews.flatMap((q) => (q.data ? [q.data] : []));
  const data = pending ? undefined : directoryOf(loaded);
  return { data, date, isPending: pending, error, refetch: () => void list.refetch() };
}

/** A forum's page on a day (members with their persons' user links). */
export function useForumMembers(forumId: string | null | undefined, date: IsoDate) {
  return useQuery({
    queryKey: [...KEY, 'forum', forumId, date],
    queryFn: ({ signal }) =>
      api.get<ForumPage>(`/org/fora/${enc(forumId ?? '')}`, { query: { date }, signal }),
    enabled: Boolean(forumId),
    staleTime: 60_000,
  });
}
