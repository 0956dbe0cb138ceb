/**
 * Plan files: the indicators' import, the plan spreadsheet's import and export, and the PDF
 * report (issue 9, items 2 and 7). Error texts name the row as the sheet shows it.
 */
import type { Namespace } from './index';

const da = {
  errors: {
    unreadable: 'Filen kan ikke læses som CSV eller XLSX.',
    unsupportedType: 'Filen skal være en CSV- eller XLSX-fil (fik "{{name}}").',
    tooLarge: 'Filen er for stor (højst {{max}}).',
    missingFile: 'Vælg en fil (felt "file").',
    empty: 'Filen har ingen rækker under overskriften.',
    tooManyRows: 'Filen har {{count}} rækker; højst {{max}} kan indlæses ad gangen.',
    missingSheet: 'Arket "{{sheet}}" mangler.',
    missingColumn: 'Kolonnen "{{column}}" mangler i overskriftsrækken.',
    duplicateColumn: 'Kolonnen "{{column}}" står to gange i overskriftsrækken.',
    required: 'Række {{row}}: "{{column}}" skal udfyldes.',
    tooLong: 'Række {{row}}: "{{column}}" er for lang (højst {{max}} tegn).',
    unknownIndicator: 'Række {{row}}: indikatoren "{{value}}" findes ikke i planen.',
    unknownMunicipality:
      'Række {{row}}: kommunen "{{value}}" findes ikke i samarbejdet (skriv navnet eller den trecifrede kode).',
    badPeriod:
      'Række {{row}}: perioden "{{value}}" skal skrives som ÅÅÅÅ, ÅÅÅÅ-Kn (fx 2025-K2) eller ÅÅÅÅ-MM.',
    badDecimal: 'Række {{row}}: værdien "{{value}}" er ikke et tal (skriv fx 12,5).',
    duplicateValue:
      'Række {{row}}: samme indikator, kommune og periode står allerede i række {{other}}.',
    badLevel: 'Række {{row}}: niveauet "{{value}}" skal være kommune, klynge, region eller fælles.',
    badGoalLevel: 'Række {{row}}: niveauet "{{value}}" skal være vision, mål eller delmål.',
    duplicateNumber: 'Række {{row}}: indsatsen "{{value}}" står allerede i række {{other}}.',
    duplicateGoal: 'Række {{row}}: målet "{{value}}" står allerede i række {{other}}.',
    unknownGoal: 'Række {{row}}: målet "{{value}}" findes hverken på arket Mål eller i planen.',
    unknownParent: 'Række {{row}}: det overordnede mål "{{value}}" findes ikke på arket Mål.',
    goalCycle: 'Række {{row}}: målet "{{value}}" ligger under sig selv (en ring af overordnede).',
    unknownForum: 'Række {{row}}: forummet "{{value}}" findes ikke i samarbejdet.',
    unknownParty: 'Række {{row}}: parten "{{value}}" findes ikke i samarbejdet.',
    badPriority:
      'Række {{row}}: prioriteten "{{value}}" i {{column}} skal være høj, middel eller lav.',
    badPriorityColumn:
      'Kolonnen "{{column}}" skal hedde "prioritet" og et årstal, fx "prioritet 2025".',
    badEconomy:
      'Række {{row}}: økonomien "{{value}}" skal være et helt antal kroner (fx 1.200.000).',
    badMilestone:
      'Række {{row}}: milepælen "{{value}}" skal skrives som "dato: titel" (fx "2025-06-30: Første evaluering").',
    badMilestoneDate: 'Række {{row}}: datoen "{{value}}" i milepælene findes ikke i kalenderen.',
    tooManyInitiatives: 'Filen har {{count}} indsatser; højst {{max}}.',
    rowsRefused:
      'Filen er afvist, og intet er gemt: {{count}} række(r) har fejl. Første fejl: {{first}}',
    planNotFound: 'Planen "{{plan}}" findes ikke.',
    indicatorKeyTaken: 'Planen har allerede en indikator med nøglen "{{key}}".',
    partyNotInCollaboration: 'Parten hører ikke til planens samarbejde.',
    badPartyIds: 'partyIds skal være op til {{max}} kommaseparerede id’er.',
  },
  report: {
    title: 'Rapport: {{title}}',
    fictional: 'Fiktivt eksempel: planen og dens tal er opdigtede.',
    period: 'Periode',
    status: 'Status',
    generated: 'Dannet',
    goals: 'Målhierarki',
    initiatives: 'Indsatser',
    level: 'Niveau',
    goal: 'Mål',
    forum: 'Ansvarligt forum',
    parties: 'Deltagende parter',
    economy: 'Økonomi',
    milestones: 'Milepæle',
    noMilestones: 'Ingen milepæle.',
    degrees: 'Implementeringsgrad ({{round}})',
    noRound: 'Ingen afsluttet afrapporteringsrunde endnu.',
    indicators: 'Indikatorer',
    noIndicators: 'Planen følger ingen indikatorer endnu.',
    latest: 'Seneste periode {{period}}: {{values}}',
    municipalities: '{{count}} kommuner {{min}}–{{max}}',
    degreeCount: '{{label}}: {{count}}',
    milestone: '{{date}}: {{title}} ({{status}})',
    noValues: 'Ingen værdier endnu.',
    target: 'Mål: {{target}}',
    region: 'regionen',
    footer: 'Samspil · side {{page}} af {{pages}}',
  },
  cli: {
    checked: '{{file}}: {{errors}} fejl ({{goals}} mål, {{initiatives}} indsatser).',
    noop: 'Planen svarer allerede til filen; intet at indlæse.',
    imported: 'Indlæst: {{added}} nye, {{changed}} ændrede, {{ended}} afsluttede.',
    dryRun:
      'Prøvekørsel: {{added}} nye, {{changed}} ændrede, {{ended}} afsluttede, {{unchanged}} uændrede.',
    exported: 'Planen er skrevet til {{file}} ({{initiatives}} indsatser).',
    badExtension: 'Filen skal ende på .xlsx eller .csv (fik {{file}}).',
  },
};

const en: Namespace<typeof da>['en'] = {
  errors: {
    unreadable: 'The file cannot be read as CSV or XLSX.',
    unsupportedType: 'The file must be a CSV or XLSX file (got "{{name}}").',
    tooLarge: 'The file is too large (at most {{max}}).',
    missingFile: 'Choose a file (field "file").',
    empty: 'The file has no rows below the header.',
    tooManyRows: 'The file has {{count}} rows; at most {{max}} can be imported at once.',
    missingSheet: 'The sheet "{{sheet}}" is missing.',
    missingColumn: 'The column "{{column}}" is missing from the header row.',
    duplicateColumn: 'The column "{{column}}" appears twice in the header row.',
    required: 'Row {{row}}: "{{column}}" must be filled in.',
    tooLong: 'Row {{row}}: "{{column}}" is too long (at most {{max}} characters).',
    unknownIndicator: 'Row {{row}}: the indicator "{{value}}" does not exist in the plan.',
    unknownMunicipality:
      'Row {{row}}: the municipality "{{value}}" is not in the collaboration (write its name or 3-digit code).',
    badPeriod:
      'Row {{row}}: the period "{{value}}" must be written YYYY, YYYY-Qn (e.g. 2025-Q2) or YYYY-MM.',
    badDecimal: 'Row {{row}}: the value "{{value}}" is not a number (write e.g. 12,5).',
    duplicateValue:
      'Row {{row}}: the same indicator, municipality and period are already in row {{other}}.',
    badLevel: 'Row {{row}}: the level "{{value}}" must be kommune, klynge, region or fælles.',
    badGoalLevel: 'Row {{row}}: the level "{{value}}" must be vision, mål or delmål.',
    duplicateNumber: 'Row {{row}}: the initiative "{{value}}" is already in row {{other}}.',
    duplicateGoal: 'Row {{row}}: the goal "{{value}}" is already in row {{other}}.',
    unknownGoal: 'Row {{row}}: the goal "{{value}}" is neither on the goal sheet nor in the plan.',
    unknownParent: 'Row {{row}}: the parent goal "{{value}}" is not on the goal sheet.',
    goalCycle: 'Row {{row}}: the goal "{{value}}" lies below itself (a cycle of parents).',
    unknownForum: 'Row {{row}}: the forum "{{value}}" is not in the collaboration.',
    unknownParty: 'Row {{row}}: the party "{{value}}" is not in the collaboration.',
    badPriority: 'Row {{row}}: the priority "{{value}}" in {{column}} must be høj, middel or lav.',
    badPriorityColumn:
      'The column "{{column}}" must be "prioritet" and a year, e.g. "prioritet 2025".',
    badEconomy: 'Row {{row}}: the economy "{{value}}" must be whole kroner (e.g. 1.200.000).',
    badMilestone:
      'Row {{row}}: the milestone "{{value}}" must be written "date: title" (e.g. "2025-06-30: First evaluation").',
    badMilestoneDate: 'Row {{row}}: the date "{{value}}" in the milestones does not exist.',
    tooManyInitiatives: 'The file has {{count}} initiatives; at most {{max}}.',
    rowsRefused:
      'The file is refused and nothing was saved: {{count}} row(s) have errors. First error: {{first}}',
    planNotFound: 'The plan "{{plan}}" does not exist.',
    indicatorKeyTaken: 'The plan already has an indicator with the key "{{key}}".',
    partyNotInCollaboration: "The party does not belong to the plan's collaboration.",
    badPartyIds: 'partyIds must be up to {{max}} comma-separated ids.',
  },
  report: {
    title: 'Report: {{title}}',
    fictional: 'Fictional example: the plan and its figures are made up.',
    period: 'Period',
    status: 'Status',
    generated: 'Generated',
    goals: 'Goal hierarchy',
    initiatives: 'Initiatives',
    level: 'Level',
    goal: 'Goal',
    forum: 'Responsible forum',
    parties: 'Participating parties',
    economy: 'Economy',
    milestones: 'Milestones',
    noMilestones: 'No milestones.',
    degrees: 'Degree of implementation ({{round}})',
    noRound: 'No closed reporting round yet.',
    indicators: 'Indicators',
    noIndicators: 'The plan follows no indicators yet.',
    latest: 'Latest period {{period}}: {{values}}',
    municipalities: '{{count}} municipalities {{min}}–{{max}}',
    degreeCount: '{{label}}: {{count}}',
    milestone: '{{date}}: {{title}} ({{status}})',
    noValues: 'No values yet.',
    target: 'Target: {{target}}',
    region: 'the region',
    footer: 'Samspil · page {{page}} of {{pages}}',
  },
  cli: {
    checked: '{{file}}: {{errors}} errors ({{goals}} goals, {{initiatives}} initiatives).',
    noop: 'The plan already matches the file; nothing to import.',
    imported: 'Imported: {{added}} new, {{changed}} changed, {{ended}} ended.',
    dryRun:
      'Dry run: {{added}} new, {{changed}} changed, {{ended}} ended, {{unchanged}} unchanged.',
    exported: 'The plan was written to {{file}} ({{initiatives}} initiatives).',
    badExtension: 'The file must end in .xlsx or .csv (got {{file}}).',
  },
};

export const planFiles: Namespace<typeof da> = { da, en };
