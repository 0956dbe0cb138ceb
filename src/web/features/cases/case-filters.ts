/** The case list's filters and their place in the address. Pure, so it is unit-tested. */
import {
  CASE_FLAGS,
  CASE_STATUSES,
  type CaseFlag,
  type CaseStatus,
} from '../../../shared/cases.enums';
import type { CaseFilters } from './cases.api';

/** Cases per page. */
export const PAGE_SIZE = 25;

/** The filters as the form edits them ('' = any). */
export interface CaseFilterForm {
  collaborationId: string;
  forumId: string;
  currentForumId: string;
  status: CaseStatus | '';
  flag: CaseFlag | '';
  q: string;
  page: number;
}

/** No filters: open cases first page. */
export const NO_CASE_FILTERS: CaseFilterForm = {
  collaborationId: '',
  forumId: '',
  currentForumId: '',
  status: '',
  flag: '',
  q: '',
  page: 1,
};

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** The filters from the address. */
export function caseFiltersFromParams(params: URLSearchParams): CaseFilterForm {
  const page = Number.parseInt(params.get('side') ?? '1', 10);
  return {
    collaborationId: params.get('samarbejde') ?? '',
    forumId: params.get('forum') ?? '',
    currentForumId: params.get('hos') ?? '',
    status: pick(params.get('status'), CASE_STATUSES),
    flag: pick(params.get('markering'), CASE_FLAGS),
    q: params.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The address parameters of the filters (empty values left out). */
export function caseParamsOf(f: CaseFilterForm): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.collaborationId) out.samarbejde = f.collaborationId;
  if (f.forumId) out.forum = f.forumId;
  if (f.currentForumId) out.hos = f.currentForumId;
  if (f.status) out.status = f.status;
  if (f.flag) out.markering = f.flag;
  if (f.q.trim()) out.q = f.q.trim();
  if (f.page > 1) out.side = String(f.page);
  return out;
}

/** The API query of the filters. */
export function caseQueryOf(f: CaseFilterForm): CaseFilters {
  return {
    ...(f.collaborationId ? { collaborationId: f.collaborationId } : {}),
    ...(f.forumId ? { forumId: f.forumId } : {}),
    ...(f.currentForumId ? { currentForumId: f.currentForumId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.flag ? { flag: f.flag } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}
