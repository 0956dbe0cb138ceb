/** The meetings page's filters and their place in the address (`?fra=…&til=…&forum=…`). Pure. */
import { addDays, todayInDenmark, type IsoDate } from '../../../shared/dates';

/** The filters of the meetings list. */
export interface MeetingFilters {
  collaborationId: string;
  forumId: string;
  from: IsoDate;
  to: IsoDate;
}

/** The default period: today and the next three months. */
export function defaultFilters(today: IsoDate = todayInDenmark()): MeetingFilters {
  return { collaborationId: '', forumId: '', from: today, to: addDays(today, 91) };
}

/** Filters from the address; missing values take the defaults. */
export function filtersFromParams(
  params: URLSearchParams,
  today: IsoDate = todayInDenmark(),
): MeetingFilters {
  const d = defaultFilters(today);
  return {
    collaborationId: params.get('samarbejde') ?? d.collaborationId,
    forumId: params.get('forum') ?? d.forumId,
    from: params.get('fra') ?? d.from,
    to: params.get('til') ?? d.to,
  };
}

/** The address parameters of the filters (empty values left out). */
export function paramsOf(filters: MeetingFilters): Record<string, string> {
  const out: Record<string, string> = { fra: filters.from, til: filters.to };
  if (filters.collaborationId) out.samarbejde = filters.collaborationId;
  if (filters.forumId) out.forum = filters.forumId;
  return out;
}

/** True when the period is missing or ends before it starts. */
export function isPeriodInvalid(filters: MeetingFilters): boolean {
  return !filters.from || !filters.to || filters.to < filters.from;
}
