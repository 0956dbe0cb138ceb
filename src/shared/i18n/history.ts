/**
 * Texts of bringing history in (issue 12 point 6): the problems a historical case record or an
 * import file can have, and the page "Indlæs historik". Problem texts are rendered by the server
 * (src/server/modules/history/texts.ts) with dates written out and forum ids replaced by names.
 */
const da = {
  problems: {
    raisedInFuture: 'Sagen er rejst den {{date}}, som ligger efter i dag ({{today}}).',
    meetingInFuture:
      'Trin {{step}}: mødet den {{date}} ligger i fremtiden; historik skal være afholdt.',
    meetingBeforeRaised:
      'Trin {{step}}: mødet den {{date}} ligger før sagen blev rejst ({{raisedOn}}).',
    meetingsOutOfOrder:
      'Trin {{step}}: mødet den {{date}} ligger før mødet i trin {{previousStep}} ({{previousDate}}); møderne skal følge ruten i tid.',
    raisedForumMissing: '{{forum}} fandtes ikke i samarbejdet den {{date}}, da sagen blev rejst.',
    forumMissing: 'Trin {{step}}: {{forum}} fandtes ikke i samarbejdet den {{date}}.',
    meetingNotFound: 'Trin {{step}}: det valgte møde findes ikke.',
    meetingOtherForum: 'Trin {{step}}: mødet den {{date}} hører til et andet forum end trinnet.',
    meetingCancelled: 'Trin {{step}}: mødet den {{date}} er aflyst.',
    agendaNotOpen:
      'Trin {{step}}: dagsordenen til mødet den {{date}} er allerede udsendt; vælg et nyt møde i stedet.',
    decisionWithoutMeeting:
      'Trin {{step}}: en indstilling eller beslutning kræver et møde, hvor den blev truffet.',
    decisionMissing: 'Trin {{step}}: sagen blev behandlet på et møde, men beslutningen mangler.',
    stepUndecided:
      'Trin {{step}}: trinnet er hverken besluttet eller sprunget over, men der kommer flere trin efter det.',
    stepAfterFinal: 'Trin {{step}}: der kan ikke komme trin efter en endelig beslutning.',
    skippedWithContent:
      'Trin {{step}}: et trin, der er sprunget over, kan ikke have møde, indstilling eller beslutning.',
    orderingRule:
      'Trin {{step}}: mødet i {{forum}} den {{date}} bryder rækkefølgereglen: {{forum}} skal holde møde efter {{dependsOn}} ({{ruleText}}).',
    orderingBreaksExisting:
      'De nye møder bryder rækkefølgereglen for det eksisterende møde i {{forum}} den {{date}}: {{forum}} skal holde møde efter {{dependsOn}} ({{ruleText}}).',
    caseRule: 'Trin {{step}}: sagens forløb kan ikke indføres sådan: {{ruleText}}',
    nonWorkingDay: 'Trin {{step}}: mødet den {{date}} lå på en fridag ({{reason}}).',
  },
  rules: {
    ordering: {
      afterMissing: 'der er intet møde i det forum i tiden før',
      afterTooSoon: 'mødet i det forum ligger for tæt på',
      preMeetingMissing: 'formødet mangler',
      preparesMissing: 'det forberedende møde mangler',
    },
  },
  import: {
    missing: 'Række {{row}}: kolonnen {{column}} skal udfyldes.',
    unknownForum: 'Række {{row}}: forummet "{{value}}" findes ikke i samarbejdet.',
    invalidFlag: 'Række {{row}}: markeringen "{{value}}" kendes ikke.',
    caseMismatch:
      'Række {{row}}: kolonnen {{column}} afviger fra sagens første række; lad den stå tom eller ens.',
    invalidField: 'Række {{row}}: {{field}} er ugyldig: {{message}}',
    noColumns: 'Filen mangler kolonnerne: {{columns}}.',
    unreadable: 'Filen kan ikke læses som XLSX eller CSV.',
    tooManyRows: 'Filen har {{rows}} rækker; højst {{max}} kan indlæses ad gangen.',
    tooManyCases: 'Filen har {{cases}} sager; højst {{max}} kan indlæses ad gangen.',
    empty: 'Filen har ingen rækker under overskriften.',
  },
  errors: {
    refused: 'Historikken kan ikke indføres: {{first}}',
    refusedMany: 'Historikken kan ikke indføres ({{count}} problemer). Det første: {{first}}',
    importRefused: 'Filen kan ikke indlæses: der er problemer i {{count}} sag(er); intet er gemt.',
    noRecord: 'Sagen er ikke indført som historik.',
  },
  audit: {
    summary: 'Historisk sag indført: {{title}} (rejst {{raisedOn}})',
    importSummary: '{{count}} historiske sager indlæst fra {{file}}',
  },
  meetingTitle: '{{forum}} (historisk møde)',
  ui: {
    title: 'Indlæs historik',
    nav: 'Indlæs historik',
    navDescription: 'Indfør tidligere sager med deres rigtige datoer',
    intro:
      'Indfør sager, der blev behandlet før Samspil, med deres rigtige datoer: møder, indstillinger og beslutninger. Alt tjekkes først og vises som et eksempel, før noget gemmes.',
    collaboration: 'Samarbejde',
    caseSection: 'Én sag',
    fileSection: 'Fra fil',
    fileIntro:
      'Én række pr. trin; kolonnen case_key samler rækkerne til sager. Se beskrivelsen i docs/history-import.md.',
    file: 'Fil (XLSX eller CSV)',
    caseTitle: 'Titel',
    summary: 'Resumé',
    type: 'Type',
    raisedIn: 'Rejst i',
    raisedOn: 'Rejst den',
    steps: 'Trin på ruten',
    step: 'Trin {{n}}',
    forum: 'Forum',
    meetingDate: 'Mødedato',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    final: 'Endelig beslutning',
    skipped: 'Sprunget over',
    skipReason: 'Begrundelse',
    addStep: 'Tilføj trin',
    removeStep: 'Fjern trin {{n}}',
    chooseForum: 'Vælg forum',
    preview: 'Vis eksempel',
    confirm: 'Indfør sagen',
    confirmImport: 'Indlæs filen',
    previewTitle: 'Eksempel: det her bliver oprettet',
    problemsTitle: 'Problemer, der skal rettes',
    warningsTitle: 'Bemærkninger',
    noProblems: 'Ingen problemer fundet.',
    willCreateMeeting: 'Nyt historisk møde i {{forum}} den {{date}}',
    usesMeeting: 'Eksisterende møde i {{forum}} den {{date}}',
    events: 'Sagens forløb',
    created: 'Sagen er indført.',
    openCase: 'Åbn sagen',
    imported: '{{count}} sager er indlæst.',
    importCase: 'Sag {{key}} (rækker {{rows}})',
    fileProblems: 'Problemer i filen',
    recordedLater: 'indført {{date}}',
    historicalNotice: 'Forløbet er indført efterfølgende som historik den {{date}}.',
  },
};

const en: typeof da = {
  problems: {
    raisedInFuture: 'The case is raised on {{date}}, which is after today ({{today}}).',
    meetingInFuture:
      'Step {{step}}: the meeting on {{date}} lies ahead; history must have been held.',
    meetingBeforeRaised:
      'Step {{step}}: the meeting on {{date}} is before the case was raised ({{raisedOn}}).',
    meetingsOutOfOrder:
      'Step {{step}}: the meeting on {{date}} is before the meeting of step {{previousStep}} ({{previousDate}}); the meetings must follow the route in time.',
    raisedForumMissing:
      '{{forum}} did not exist in the collaboration on {{date}}, when the case was raised.',
    forumMissing: 'Step {{step}}: {{forum}} did not exist in the collaboration on {{date}}.',
    meetingNotFound: 'Step {{step}}: the chosen meeting does not exist.',
    meetingOtherForum: 'Step {{step}}: the meeting on {{date}} belongs to another forum.',
    meetingCancelled: 'Step {{step}}: the meeting on {{date}} is cancelled.',
    agendaNotOpen:
      'Step {{step}}: the agenda of the meeting on {{date}} is already published; choose a new meeting instead.',
    decisionWithoutMeeting:
      'Step {{step}}: a recommendation or decision needs the meeting where it was made.',
    decisionMissing:
      'Step {{step}}: the case was treated at a meeting, but the decision is missing.',
    stepUndecided:
      'Step {{step}}: the step is neither decided nor skipped, but more steps follow it.',
    stepAfterFinal: 'Step {{step}}: no step can follow a final decision.',
    skippedWithContent:
      'Step {{step}}: a skipped step cannot have a meeting, recommendation or decision.',
    orderingRule:
      'Step {{step}}: the meeting of {{forum}} on {{date}} breaks the ordering rule: {{forum}} meets after {{dependsOn}} ({{ruleText}}).',
    orderingBreaksExisting:
      'The new meetings break the ordering rule for the existing meeting of {{forum}} on {{date}}: {{forum}} meets after {{dependsOn}} ({{ruleText}}).',
    caseRule: 'Step {{step}}: the case cannot be recorded like this: {{ruleText}}',
    nonWorkingDay: 'Step {{step}}: the meeting on {{date}} was on a day off ({{reason}}).',
  },
  rules: {
    ordering: {
      afterMissing: 'there is no meeting of that forum in the time before',
      afterTooSoon: 'the meeting of that forum is too close',
      preMeetingMissing: 'the pre-meeting is missing',
      preparesMissing: 'the preparing meeting is missing',
    },
  },
  import: {
    missing: 'Row {{row}}: the column {{column}} must be filled in.',
    unknownForum: 'Row {{row}}: the forum "{{value}}" does not exist in the collaboration.',
    invalidFlag: 'Row {{row}}: the flag "{{value}}" is unknown.',
    caseMismatch:
      "Row {{row}}: the column {{column}} differs from the case's first row; leave it empty or the same.",
    invalidField: 'Row {{row}}: {{field}} is invalid: {{message}}',
    noColumns: 'The file lacks the columns: {{columns}}.',
    unreadable: 'The file cannot be read as XLSX or CSV.',
    tooManyRows: 'The file has {{rows}} rows; at most {{max}} can be imported at a time.',
    tooManyCases: 'The file has {{cases}} cases; at most {{max}} can be imported at a time.',
    empty: 'The file has no rows below the header.',
  },
  errors: {
    refused: 'The history cannot be recorded: {{first}}',
    refusedMany: 'The history cannot be recorded ({{count}} problems). The first: {{first}}',
    importRefused:
      'The file cannot be imported: {{count}} case(s) have problems; nothing is saved.',
    noRecord: 'The case is not recorded as history.',
  },
  audit: {
    summary: 'Historical case recorded: {{title}} (raised {{raisedOn}})',
    importSummary: '{{count}} historical cases imported from {{file}}',
  },
  meetingTitle: '{{forum}} (historical meeting)',
  ui: {
    title: 'Bring history in',
    nav: 'Bring history in',
    navDescription: 'Record earlier cases with their real dates',
    intro:
      'Record cases treated before Samspil with their real dates: meetings, recommendations and decisions. Everything is checked and shown as a preview before anything is saved.',
    collaboration: 'Collaboration',
    caseSection: 'One case',
    fileSection: 'From a file',
    fileIntro:
      'One row per step; the case_key column groups the rows into cases. See docs/history-import.md.',
    file: 'File (XLSX or CSV)',
    caseTitle: 'Title',
    summary: 'Summary',
    type: 'Type',
    raisedIn: 'Raised in',
    raisedOn: 'Raised on',
    steps: 'Steps of the route',
    step: 'Step {{n}}',
    forum: 'Forum',
    meetingDate: 'Meeting date',
    recommendation: 'Recommendation',
    decision: 'Decision',
    final: 'Final decision',
    skipped: 'Skipped',
    skipReason: 'Reason',
    addStep: 'Add step',
    removeStep: 'Remove step {{n}}',
    chooseForum: 'Choose forum',
    preview: 'Show preview',
    confirm: 'Record the case',
    confirmImport: 'Import the file',
    previewTitle: 'Preview: this will be created',
    problemsTitle: 'Problems to fix',
    warningsTitle: 'Notes',
    noProblems: 'No problems found.',
    willCreateMeeting: 'New historical meeting of {{forum}} on {{date}}',
    usesMeeting: 'Existing meeting of {{forum}} on {{date}}',
    events: 'The case trail',
    created: 'The case is recorded.',
    openCase: 'Open the case',
    imported: '{{count}} cases are imported.',
    importCase: 'Case {{key}} (rows {{rows}})',
    fileProblems: 'Problems in the file',
    recordedLater: 'recorded {{date}}',
    historicalNotice: 'The trail was recorded afterwards as history on {{date}}.',
  },
};

/** The `history` namespace. */
export const history = { da, en };
