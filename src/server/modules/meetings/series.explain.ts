/**
 * Why a proposed series date moved, in words that name the day: "Flyttet fra Anden påskedag
 * (6. april 2026) til tirsdag den 7. april." The texts are the `series.adjustment.*` keys of
 * the shared `meetings` namespace, filled in per language.
 */
import {
  findClosureDay,
  holidayNames,
  type ClosureDay,
  type ProposedMeeting,
  type SeriesMove,
} from '../../../domain/meetings/index';
import type { Bilingual } from '../../../shared/meetings.contract';
import { monthOf, renderText, weekdayDate } from './texts';

/** A closure day's name; the built-in ones have an English name too. */
function closureName(closure: ClosureDay | undefined): Bilingual {
  if (!closure) return { da: '', en: '' };
  const builtIn = renderText(`calendar.closureNames.${closure.id}`);
  const known = builtIn.da !== `calendar.closureNames.${closure.id}`;
  return known ? builtIn : { da: closure.name, en: closure.name };
}

function explainMove(move: SeriesMove, to: string, closures: readonly ClosureDay[]): Bilingual {
  const key = `series.adjustment.${move.reason}`;
  const base = { from: move.from, to: weekdayDate(to), fromDay: weekdayDate(move.from, true) };
  switch (move.reason) {
    case 'avoidedMonth':
      return renderText(key, { month: monthOf(move.from) });
    case 'holiday':
      return renderText(key, { ...base, holiday: holidayNames(move.from) ?? { da: '', en: '' } });
    case 'closure':
      return renderText(key, {
        ...base,
        closure: closureName(findClosureDay(move.from, closures)),
      });
    default:
      return renderText(key, base);
  }
}

/** One explanation per move of the proposal, in the order the moves happened. */
export function explainProposal(
  proposal: Pick<ProposedMeeting, 'date' | 'moves'>,
  closures: readonly ClosureDay[],
): Bilingual[] {
  return proposal.moves.map((m) => explainMove(m, proposal.date, closures));
}
