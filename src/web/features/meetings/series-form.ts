/** The series form's state and its preview/create requests. Pure, so it is unit-tested. */
import type {
  CreateSeriesRequest,
  SeriesPreviewRequest,
} from '../../../shared/meetings-planning.contract';
import type { MeetingKind, MeetingWeekday } from '../../../shared/meetings.enums';

/** What the series form edits (numbers as typed). */
export interface SeriesForm {
  forumId: string;
  from: string;
  to: string;
  weekday: MeetingWeekday;
  time: string;
  durationMinutes: number;
  perYear: string;
  cadenceMin: string;
  cadenceMax: string;
  avoidMonths: number[];
  title: string;
  location: string;
  onlineUrl: string;
  kind: MeetingKind;
}

/** A field of the series form that can be wrong. */
export type SeriesField = 'forumId' | 'from' | 'to' | 'time' | 'perYear' | 'cadence' | 'title';

const whole = (value: string): number | null => {
  if (!value.trim()) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : Number.NaN;
};

/** The problems of the form by field (i18n keys under `meetings:seriesPage.errors`). */
export function seriesProblems(
  f: SeriesForm,
): Partial<Record<SeriesField, 'required' | 'period' | 'number' | 'cadence'>> {
  const out: Partial<Record<SeriesField, 'required' | 'period' | 'number' | 'cadence'>> = {};
  if (!f.forumId) out.forumId = 'required';
  if (!f.from) out.from = 'required';
  if (!f.to) out.to = 'required';
  else if (f.from && f.to < f.from) out.to = 'period';
  if (!f.time) out.time = 'required';
  if (Number.isNaN(whole(f.perYear))) out.perYear = 'number';
  const min = whole(f.cadenceMin);
  const max = whole(f.cadenceMax);
  if (Number.isNaN(min) || Number.isNaN(max) || (min === null) !== (max === null))
    out.cadence = 'number';
  else if (min !== null && max !== null && min > max) out.cadence = 'cadence';
  if (!f.title.trim()) out.title = 'required';
  return out;
}

/** The preview request of the form (assumes no problems). */
export function previewRequestOf(f: SeriesForm): SeriesPreviewRequest {
  const perYear = whole(f.perYear);
  const min = whole(f.cadenceMin);
  const max = whole(f.cadenceMax);
  return {
    forumId: f.forumId,
    from: f.from,
    to: f.to,
    weekday: f.weekday,
    time: f.time,
    ...(perYear !== null ? { perYear } : {}),
    ...(min !== null && max !== null ? { cadence: { min, max } } : {}),
    ...(f.avoidMonths.length > 0 ? { avoidMonths: [...f.avoidMonths].sort((a, b) => a - b) } : {}),
  };
}

/** The create request: the preview's input plus title, times, place and the chosen dates. */
export function createSeriesRequestOf(
  f: SeriesForm,
  dates: readonly string[],
  acknowledgeWarnings: boolean,
): CreateSeriesRequest {
  return {
    ...previewRequestOf(f),
    title: f.title.trim(),
    durationMinutes: f.durationMinutes,
    location: f.location.trim() || null,
    onlineUrl: f.onlineUrl.trim() || null,
    kind: f.kind,
    dates: [...dates],
    acknowledgeWarnings,
  };
}
