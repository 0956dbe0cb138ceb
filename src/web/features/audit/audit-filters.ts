/**
 * The audit log's filters live in the address (`?person=…&from=…`), so a filtered view can be
 * bookmarked, shared and left with the Back button.
 */
import type { AuditQuery } from '../../../shared/audit.contract';

/** The filters as the form edits them; '' means "no filter". */
export interface AuditFilters {
  actorUserId: string;
  relatedTo: string;
  entityType: string;
  action: string;
  from: string;
  to: string;
}

/** No filters. */
export const NO_FILTERS: AuditFilters = {
  actorUserId: '',
  relatedTo: '',
  entityType: '',
  action: '',
  from: '',
  to: '',
};

const KEYS = Object.keys(NO_FILTERS) as (keyof AuditFilters)[];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address; unknown or malformed values are dropped. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const out = { ...NO_FILTERS };
  for (const key of KEYS) out[key] = (params.get(key) ?? '').trim().slice(0, 100);
  if (out.from && !ISO_DATE.test(out.from)) out.from = '';
  if (out.to && !ISO_DATE.test(out.to)) out.to = '';
  return out;
}

/** Writes the filters to address parameters (empty ones left out). */
export function filtersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** True when both hold the same filters. */
export function sameFilters(a: AuditFilters, b: AuditFilters): boolean {
  return KEYS.every((key) => a[key] === b[key]);
}

/** True when at least one filter is set. */
export function hasFilters(filters: AuditFilters): boolean {
  return KEYS.some((key) => filters[key] !== '');
}

/** True when the period is backwards (from after to). ISO dates compare as strings. */
export function isPeriodInvalid(filters: AuditFilters): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}

/** The API query for one page. */
export function toAuditQuery(
  filters: AuditFilters,
  page: { limit: number; beforeId?: number | null },
): Partial<Record<keyof AuditQuery, string | number>> {
  const query: Partial<Record<keyof AuditQuery, string | number>> = { limit: page.limit };
  for (const key of KEYS) if (filters[key]) query[key] = filters[key];
  if (page.beforeId) query.beforeId = page.beforeId;
  return query;
}
