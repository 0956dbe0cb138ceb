/**
 * Cases (sager) travelling between fora: labels, the refused transitions of the case domain
 * (`errors.case.*`, one per code in src/shared/cases.enums.ts), screening and attachments, plus
 * the web pages' texts (cases-pages.ts, cases-passport.ts).
 */
import { casesPages } from './cases-pages';
import { casesPassport } from './cases-passport';
import type { Namespace } from './index';

const da = {
  ...casesPages.da,
  ...casesPassport.da,
  title: 'Sager',
  confidentialPlaceholder: 'Fortrolig sag',
  closedStepPlaceholder: 'Behandlet i et lukket punkt',
  types: { information: 'Orientering', discussion: 'Drøftelse', decision: 'Beslutning' },
  flags: {
    crossCutting: 'Tværgående',
    principled: 'Principiel',
    precedentSetting: 'Præcedensskabende',
    economicSignificance: 'Væsentlig økonomisk betydning',
  },
  statuses: { open: 'Åben', decided: 'Afgjort', closed: 'Lukket' },
  stepStatuses: {
    planned: 'Planlagt',
    onAgenda: 'På dagsordenen',
    recommended: 'Indstillet',
    decided: 'Besluttet',
    returned: 'Sendt tilbage',
    skipped: 'Sprunget over',
    withdrawn: 'Trukket tilbage',
  },
  events: {
    raised: 'Sagen er rejst',
    stepAdded: 'Forum tilføjet til sagsforløbet',
    placedOnAgenda: 'Sat på dagsordenen',
    recommended: 'Indstilling givet',
    decided: 'Beslutning truffet',
    escalated: 'Løftet videre til godkendelse som principiel sag',
    sentBack: 'Sendt tilbage',
    skipped: 'Sprunget over',
    returned: 'Beslutningen er sendt tilbage',
    withdrawn: 'Sagen er trukket tilbage',
    carriedOver: 'Overført til nyt forum',
  },
  directions: { up: 'Op', down: 'Tilbage', none: '' },
  screening: {
    similarTitle: 'Lignende sager i andre klynger',
    recurringTitle: 'Sager til screening i Embedsmandsudvalget',
    reasons: {
      recurring: 'Går igen i flere klynger',
      crossCutting: 'Tværgående',
      principled: 'Principiel',
      precedentSetting: 'Potentielt præcedensskabende',
    },
  },
  errors: {
    case: {
      emptyRoute: 'Sagsforløbet skal have mindst ét forum.',
      emptyText: 'Feltet "{{field}}" må ikke være tomt.',
      stepNotFound: 'Trinnet findes ikke på sagen.',
      notCurrentStep: 'Kun det forum, sagen er hos nu, kan behandle den.',
      invalidTransition: 'Trinnet kan ikke gå fra "{{from}}" til "{{to}}".',
      closed: 'Sagen er lukket og kan ikke ændres.',
      dateBeforePrevious: 'Datoen {{on}} ligger før den forrige ({{previous}}).',
      duplicateAdjacentForum: 'Det samme forum kan ikke stå to gange i træk i sagsforløbet.',
      insertBeforeDone: 'Et forum kan ikke indsættes før et trin, der allerede er behandlet.',
      notEscalatable: 'Kun en truffet beslutning, som ingen senere trin har behandlet, kan løftes.',
      nothingToCarryOver: 'Sagen har intet åbent trin i det nedlagte forum.',
      noEarlierStep: 'Der er intet tidligere forum at sende sagen tilbage til.',
    },
    forumNotFound: 'Forummet findes ikke på datoen.',
    meetingNotFound: 'Mødet findes ikke.',
    wrongForum: 'Mødet hører ikke til det forum, trinnet skal behandles i.',
    notAllowed: 'Du har ikke adgang til denne handling på sagen.',
    confidentialNotCleared:
      'Sagen er fortrolig, og du er ikke medlem af et forum, der behandler den.',
    notChair: 'Kun formanden, medformanden eller sekretariatet kan løfte en beslutning.',
  },
  attachments: {
    tooLarge: 'Filen er for stor. Den må højst fylde {{maxMb}} MB.',
    empty: 'Filen er tom.',
    typeNotAllowed:
      'Filtypen er ikke tilladt. Tilladt er PDF, Word, Excel, PowerPoint, PNG, JPEG, tekst og CSV.',
    contentMismatch: 'Filens indhold passer ikke til filtypen "{{extension}}".',
    archiveTooLarge: 'Dokumentet pakker ud til mere end {{maxMb}} MB og afvises.',
    archiveTooManyEntries: 'Dokumentet indeholder mere end {{max}} dele og afvises.',
    archiveInvalid: 'Dokumentet kan ikke læses.',
    missingFile: 'Vedhæft en fil.',
    confirmRequired: 'Bekræft sletningen.',
    deleted: 'Bilaget er slettet.',
  },
};

/** The `cases` namespace. */
export const cases: Namespace<typeof da> = {
  da,
  en: {
    ...casesPages.en,
    ...casesPassport.en,
    title: 'Cases',
    confidentialPlaceholder: 'Confidential case',
    closedStepPlaceholder: 'Treated in a closed item',
    types: { information: 'Information', discussion: 'Discussion', decision: 'Decision' },
    flags: {
      crossCutting: 'Cross-cutting',
      principled: 'Principled',
      precedentSetting: 'Precedent-setting',
      economicSignificance: 'Significant economic impact',
    },
    statuses: { open: 'Open', decided: 'Decided', closed: 'Closed' },
    stepStatuses: {
      planned: 'Planned',
      onAgenda: 'On the agenda',
      recommended: 'Recommended',
      decided: 'Decided',
      returned: 'Sent back',
      skipped: 'Skipped',
      withdrawn: 'Withdrawn',
    },
    events: {
      raised: 'Case raised',
      stepAdded: 'Forum added to the route',
      placedOnAgenda: 'Placed on the agenda',
      recommended: 'Recommendation made',
      decided: 'Decision made',
      escalated: 'Escalated for approval as a principled matter',
      sentBack: 'Sent back',
      skipped: 'Skipped',
      returned: 'Decision sent back',
      withdrawn: 'Case withdrawn',
      carriedOver: 'Carried over to a new forum',
    },
    directions: { up: 'Up', down: 'Back', none: '' },
    screening: {
      similarTitle: 'Similar cases in other clusters',
      recurringTitle: "Cases for the officials' committee's screening",
      reasons: {
        recurring: 'Recurs in several clusters',
        crossCutting: 'Cross-cutting',
        principled: 'Principled',
        precedentSetting: 'Potentially precedent-setting',
      },
    },
    errors: {
      case: {
        emptyRoute: 'The route must have at least one forum.',
        emptyText: 'The field "{{field}}" must not be empty.',
        stepNotFound: 'The step does not exist on the case.',
        notCurrentStep: 'Only the forum the case is with now can treat it.',
        invalidTransition: 'The step cannot go from "{{from}}" to "{{to}}".',
        closed: 'The case is closed and cannot be changed.',
        dateBeforePrevious: 'The date {{on}} is before the previous one ({{previous}}).',
        duplicateAdjacentForum: 'The same forum cannot appear twice in a row on the route.',
        insertBeforeDone: 'A forum cannot be inserted before a step that has been treated.',
        notEscalatable: 'Only a decision that no later step has acted on can be escalated.',
        nothingToCarryOver: 'The case has no open step in the ended forum.',
        noEarlierStep: 'There is no earlier forum to send the case back to.',
      },
      forumNotFound: 'The forum does not exist on the date.',
      meetingNotFound: 'The meeting does not exist.',
      wrongForum: 'The meeting does not belong to the forum that treats the step.',
      notAllowed: 'You do not have access to this action on the case.',
      confidentialNotCleared:
        'The case is confidential and you are not a member of a forum that treats it.',
      notChair: 'Only the chair, the co-chair or the secretariat can escalate a decision.',
    },
    attachments: {
      tooLarge: 'The file is too large. It may be at most {{maxMb}} MB.',
      empty: 'The file is empty.',
      typeNotAllowed:
        'The file type is not allowed. Allowed are PDF, Word, Excel, PowerPoint, PNG, JPEG, text and CSV.',
      contentMismatch: 'The content of the file does not match the file type "{{extension}}".',
      archiveTooLarge: 'The document unpacks to more than {{maxMb}} MB and is rejected.',
      archiveTooManyEntries: 'The document contains more than {{max}} parts and is rejected.',
      archiveInvalid: 'The document cannot be read.',
      missingFile: 'Attach a file.',
      confirmRequired: 'Confirm the deletion.',
      deleted: 'The attachment has been deleted.',
    },
  },
};
