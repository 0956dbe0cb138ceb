/**
 * Reporting rounds of the implementation plan and their views: errors, the reminder e-mail (a
 * link and the deadline, never plan content), the status snapshot for an agenda and the XLSX
 * exports' headers. `degrees.*`: the default degree labels of the plans namespace, and `none`.
 */
import type { Namespace } from './index';
import { plans } from './plans';

const da = {
  degrees: { ...plans.da.degrees, none: 'Ikke angivet' },
  errors: {
    roundNotFound: 'Afrapporteringsrunden findes ikke',
    partyNotInRound: 'Parten deltager ikke i denne afrapporteringsrunde',
    roundClosed:
      'Afrapporteringsrunden er lukket, og besvarelser kan ikke længere ændres. Kontakt sekretariatet, hvis en grad skal rettes.',
    roundAlreadyClosed: 'Afrapporteringsrunden er allerede lukket',
    roundNotClosed: 'Afrapporteringsrunden er ikke lukket endnu',
    unknownDegree: 'Graden "{{degree}}" findes ikke i planens skala',
    initiativeNotInForm: 'Indsatsen indgår ikke i partens skema i denne runde',
    duplicateInitiative: 'Indsatsen er angivet mere end én gang',
    deadlineBeforeOpening: 'Fristen kan ikke ligge før runden åbner',
    noInitiatives: 'Runden skal omfatte mindst én indsats, som parterne afrapporterer på',
    noParties: 'Runden skal omfatte mindst én part',
    initiativeNotInPlan: 'En eller flere indsatser hører ikke til planen',
    partyNotInCollaboration: 'En eller flere parter hører ikke til planens samarbejde',
    noClosedRound: 'Planen har endnu ingen lukket afrapporteringsrunde',
    meetingNotFound: 'Mødet findes ikke',
  },
  reminder: {
    subject: 'Påmindelse: afrapportering senest {{deadline}}',
    body: 'Din organisations afrapportering af implementeringsgrader mangler. Fristen er {{deadline}}. Det tager kun et øjeblik: er der ingen ændringer, er det ét klik.',
    action: 'Åbn skemaet i Samspil:',
    footer:
      'Du får denne e-mail, fordi du er kontaktperson for afrapporteringen i Samspil. Indholdet vises kun i Samspil, når du er logget ind. E-mailen kan ikke besvares.',
  },
  snapshot: {
    title: 'Status på implementeringen: {{plan}}',
    intro: 'Status fra afrapporteringsrunden "{{round}}" (frist {{deadline}}).',
    noRound: 'Planen har endnu ingen lukket afrapporteringsrunde.',
    goals: 'Fremdrift pr. mål (gennemsnitlig score 0–100):',
    goalLine: '{{code}} {{title}}: {{average}} ({{counted}} af {{total}} angivelser tæller med)',
    region: 'Samlet: {{average}}',
    answers:
      'Besvarelser: {{answered}} af {{parties}} parter har svaret, heraf {{noChanges}} med "ingen ændringer". Felter ændret i alt: {{burden}}.',
    noGoal: 'Uden mål',
    noScore: 'ingen score',
  },
  export: {
    heatmapSheet: 'Varmekort',
    roundSheet: 'Runde',
    statusSheet: 'Status',
    municipality: 'Kommune',
    party: 'Part',
    initiative: 'Indsats',
    number: 'Nr.',
    title: 'Titel',
    degree: 'Grad',
    comment: 'Kommentar',
    recordedOn: 'Dato',
    changed: 'Ændret',
    carried: 'Videreført',
    status: 'Status',
    answered: 'Besvaret',
    pending: 'Afventer',
    answeredAt: 'Besvaret den',
    noChanges: 'Ingen ændringer',
    fieldsTouched: 'Felter ændret',
    yes: 'Ja',
    no: 'Nej',
  },
};

const en: Namespace<typeof da>['en'] = {
  degrees: { ...plans.en.degrees, none: 'Not stated' },
  errors: {
    roundNotFound: 'The reporting round was not found',
    partyNotInRound: 'The party does not take part in this reporting round',
    roundClosed:
      'The reporting round is closed, and answers can no longer be changed. Contact the secretariat if a degree must be corrected.',
    roundAlreadyClosed: 'The reporting round is already closed',
    roundNotClosed: 'The reporting round is not closed yet',
    unknownDegree: 'The degree "{{degree}}" is not on the plan’s scale',
    initiativeNotInForm: 'The initiative is not on the party’s form in this round',
    duplicateInitiative: 'The initiative is given more than once',
    deadlineBeforeOpening: 'The deadline cannot lie before the round opens',
    noInitiatives: 'The round must cover at least one initiative the parties report on',
    noParties: 'The round must cover at least one party',
    initiativeNotInPlan: 'One or more initiatives do not belong to the plan',
    partyNotInCollaboration: 'One or more parties do not belong to the plan’s collaboration',
    noClosedRound: 'The plan has no closed reporting round yet',
    meetingNotFound: 'The meeting was not found',
  },
  reminder: {
    subject: 'Reminder: reporting due {{deadline}}',
    body: 'Your organisation’s report of degrees of implementation is missing. The deadline is {{deadline}}. It only takes a moment: with no changes, it is one click.',
    action: 'Open the form in Samspil:',
    footer:
      'You receive this e-mail because you are the reporting contact in Samspil. The content is shown only in Samspil when you are logged in. The e-mail cannot be answered.',
  },
  snapshot: {
    title: 'Implementation status: {{plan}}',
    intro: 'Status from the reporting round "{{round}}" (deadline {{deadline}}).',
    noRound: 'The plan has no closed reporting round yet.',
    goals: 'Progress per goal (average score 0–100):',
    goalLine: '{{code}} {{title}}: {{average}} ({{counted}} of {{total}} values counted)',
    region: 'Overall: {{average}}',
    answers:
      'Answers: {{answered}} of {{parties}} parties answered, {{noChanges}} of them with "no changes". Fields changed in all: {{burden}}.',
    noGoal: 'No goal',
    noScore: 'no score',
  },
  export: {
    heatmapSheet: 'Heatmap',
    roundSheet: 'Round',
    statusSheet: 'Status',
    municipality: 'Municipality',
    party: 'Party',
    initiative: 'Initiative',
    number: 'No.',
    title: 'Title',
    degree: 'Degree',
    comment: 'Comment',
    recordedOn: 'Date',
    changed: 'Changed',
    carried: 'Carried',
    status: 'Status',
    answered: 'Answered',
    pending: 'Pending',
    answeredAt: 'Answered at',
    noChanges: 'No changes',
    fieldsTouched: 'Fields changed',
    yes: 'Yes',
    no: 'No',
  },
};

export const planRounds: Namespace<typeof da> = { da, en };
