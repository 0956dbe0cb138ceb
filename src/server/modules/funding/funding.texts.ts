/** The Danish and English refusals of the funding module. */
import type { BudgetProblem, StatusProblem } from '../../../domain/funding/index';
import { formatKroner } from '../../../shared/money';
import { AppError, type Text } from '../../platform/errors';

const STATUS: Record<string, Text> = {
  idea: { da: 'idé', en: 'idea' },
  inPreparation: { da: 'under udarbejdelse', en: 'in preparation' },
  submitted: { da: 'indsendt', en: 'submitted' },
  granted: { da: 'bevilget', en: 'granted' },
  refused: { da: 'afslået', en: 'refused' },
};

const enKroner = (ore: number) => `DKK ${(ore / 100).toFixed(2)}`;

/** A 422 naming what is wrong with the budget split (the difference in kroner). */
export function budgetError(problem: BudgetProblem): AppError {
  switch (problem.kind) {
    case 'sumMismatch': {
      const diff = Math.abs(problem.differenceOre);
      const short = problem.differenceOre > 0;
      return new AppError(
        'unprocessable',
        {
          da: `Budgetfordelingen summer til ${formatKroner(problem.sumOre)}, men det samlede budget er ${formatKroner(problem.totalOre)}: der ${short ? `mangler ${formatKroner(diff)}` : `er fordelt ${formatKroner(diff)} for meget.`}`,
          en: `The budget split adds up to ${enKroner(problem.sumOre)}, but the total budget is ${enKroner(problem.totalOre)}: ${enKroner(diff)} ${short ? 'is missing' : 'too much is split'}.`,
        },
        { extra: { differenceOre: problem.differenceOre } },
      );
    }
    case 'duplicateParty':
      return new AppError('unprocessable', {
        da: 'En part står mere end én gang i budgetfordelingen.',
        en: 'A party appears more than once in the budget split.',
      });
    case 'leadNotParticipating':
      return new AppError('unprocessable', {
        da: 'Den ansvarlige part (lead) skal være en af de deltagende parter.',
        en: 'The lead party must be one of the participating parties.',
      });
    case 'noParties':
      return new AppError('unprocessable', {
        da: 'Ansøgningen skal have mindst én deltagende part.',
        en: 'The application needs at least one participating party.',
      });
  }
}

/** A 409 or 422 naming why a status step is refused. */
export function statusError(problem: StatusProblem): AppError {
  switch (problem.kind) {
    case 'notAllowed':
      return new AppError('conflict', {
        da: `En ansøgning med status "${STATUS[problem.from]!.da}" kan ikke få status "${STATUS[problem.to]!.da}".`,
        en: `An application that is "${STATUS[problem.from]!.en}" cannot become "${STATUS[problem.to]!.en}".`,
      });
    case 'beforePrevious':
      return new AppError('unprocessable', {
        da: `Datoen kan ikke ligge før det forrige trin (${problem.previousOn}).`,
        en: `The date cannot precede the previous step (${problem.previousOn}).`,
      });
    case 'grantedAmountMissing':
      return new AppError('unprocessable', {
        da: 'Angiv det bevilgede beløb.',
        en: 'State the amount granted.',
      });
    case 'grantedExceedsApplied':
      return new AppError('unprocessable', {
        da: `Det bevilgede beløb (${formatKroner(problem.amountGrantedOre)}) kan ikke overstige det ansøgte (${formatKroner(problem.amountAppliedOre)}).`,
        en: `The amount granted (${enKroner(problem.amountGrantedOre)}) cannot exceed the amount applied for (${enKroner(problem.amountAppliedOre)}).`,
      });
  }
}

/** 422: a named object is not of the application's collaboration. */
export function notInCollaboration(what: Text): AppError {
  return new AppError('unprocessable', {
    da: `${what.da} hører ikke til samarbejdet.`,
    en: `${what.en} does not belong to the collaboration.`,
  });
}

/** 409: the application's content is fixed once it is submitted. */
export const notEditable = () =>
  new AppError('conflict', {
    da: 'Ansøgningen er indsendt og kan ikke længere ændres.',
    en: 'The application has been submitted and can no longer be changed.',
  });

export const POOL: Text = { da: 'Puljen', en: 'The funding pool' };
export const APPLICATION: Text = { da: 'Ansøgningen', en: 'The application' };
export const OBLIGATION: Text = { da: 'Afrapporteringskravet', en: 'The reporting obligation' };
