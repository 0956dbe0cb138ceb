/**
 * The office-holder import texts (issue 11): a secretariat loads its real office holders
 * (mayors, health directors, regional councillors) from a CSV or XLSX file, sees the dry run and
 * the born seats that will fill, and confirms. Merged into the `organisation` namespace by
 * organisation.ts (`holders.*`).
 */
import type { Namespace } from './index';

const da = {
  holders: {
    title: 'Indlæs embedsindehavere',
    link: 'Indlæs embedsindehavere fra en fil',
    intro:
      'Indlæs samarbejdets rigtige borgmestre, sundhedsdirektører, regionsrådsmedlemmer og andre embedsindehavere fra en CSV- eller Excel-fil. Du ser først, hvad der vil ske, og de fødte pladser, der bliver besat; intet gemmes, før du bekræfter.',
    orgFileNote:
      'Organisationsfiler (YAML) bruges stadig til strukturen og til fiktive demopersoner.',
    template: 'Hent skabelon (CSV)',
    templateHint:
      'Én række pr. embede. Kolonner: Kommune (navn eller kommunekode), Embede, Navn, E-mail, Titel, Gyldig fra. Semikolon eller komma som skilletegn.',
    fileHeading: '1. Filen med embedsindehaverne',
    file: 'Vælg en CSV- eller Excel-fil (.csv, .xlsx)',
    fileHint: 'Højst {{max}} og {{rows}} rækker.',
    dryRun: 'Vis hvad der vil ske',
    dryRunning: 'Læser filen…',
    confirm: 'Indlæs {{count}} embeder',
    importing: 'Indlæser…',
    noFile: 'Vælg en fil først.',
    planHeading: '2. Det vil indlæsningen gøre',
    summary:
      '{{rows}} rækker: {{starts}} embeder starter, {{ends}} afsluttes, {{persons}} nye personer, {{seats}} fødte pladser bliver besat.',
    rowsCaption: 'Rækkerne i filen',
    seatsHeading: 'Fødte pladser der bliver besat',
    seatsCaption: 'Fødte pladser der bliver besat',
    noSeats: 'Ingen fødte pladser skifter indehaver.',
    breachesHeading: 'Sammensætningen får nye brud',
    acknowledge: 'Indlæs alligevel (bruddene er set)',
    done: 'Indlæst: {{starts}} embeder startet, {{persons}} personer oprettet, {{seats}} fødte pladser besat.',
    filledHeading: 'Fødte pladser besat',
    openCollaboration: 'Se samarbejdet pr. {{date}}',
    col: {
      row: 'Række',
      party: 'Part',
      office: 'Embede',
      person: 'Person',
      validFrom: 'Gyldig fra',
      change: 'Ændring',
      forum: 'Forum',
      seat: 'Plads',
      before: 'Før',
      after: 'Efter',
    },
    change: {
      start: 'Starter',
      unchanged: 'Uændret (står allerede)',
      newPerson: 'ny person',
      existingPerson: 'findes',
      ends: '{{name}} stopper {{date}}',
    },
    vacant: 'ledig',
    columns: {
      party: 'Kommune',
      office: 'Embede',
      name: 'Navn',
      email: 'E-mail',
      title: 'Titel',
      validFrom: 'Gyldig fra',
    },
    errors: {
      missingColumn:
        'Række {{row}}: kolonnen »{{column}}« mangler. Filen skal have kolonnerne Kommune, Embede, Navn og Gyldig fra.',
      empty: 'Filen har ingen rækker under overskriften.',
      tooManyRows: 'Filen har {{count}} rækker; højst {{max}} kan indlæses ad gangen.',
      missingParty: 'Række {{row}}: kommunen (eller parten) mangler.',
      unknownParty: 'Række {{row}}: kommunen »{{value}}« findes ikke i samarbejdet.',
      partyNotValid: 'Række {{row}}: {{party}} findes ikke pr. {{date}}.',
      missingOffice: 'Række {{row}}: embedet mangler.',
      unknownOffice:
        'Række {{row}}: embedet »{{value}}« kendes ikke. Brug fx borgmester, sundhedsdirektør eller regionsrådsmedlem.',
      missingName: 'Række {{row}}: navnet mangler.',
      tooLong: 'Række {{row}}: »{{column}}« er længere end {{max}} tegn.',
      badEmail: 'Række {{row}}: »{{value}}« er ikke en e-mailadresse.',
      missingDate: 'Række {{row}}: datoen i »Gyldig fra« mangler.',
      badDate: 'Række {{row}}: »{{value}}« er ikke en dato. Skriv fx 1.1.2026 eller 2026-01-01.',
      duplicateRow: 'Række {{row}}: gentager række {{other}}.',
      officeTwice:
        'Række {{row}}: {{office}} i {{party}} står allerede i række {{other}}; et embede kan kun have én indehaver.',
      emailTwoNames:
        'Række {{row}}: e-mailen {{email}} bruges i række {{other}} til et andet navn ({{name}}).',
      officeTakenLater:
        'Række {{row}}: {{office}} i {{party}} har allerede en anden indehaver fra {{date}}. Afslut eller ret den først.',
      nameOtherEmail:
        'Række {{row}}: {{name}} findes allerede i {{party}} med en anden e-mail. Ret e-mailen i filen, eller ret personen i Samspil.',
      ambiguousName:
        'Række {{row}}: der er {{count}} personer ved navn {{name}} i {{party}}. Skriv personens e-mail, så den rigtige findes.',
    },
    notes: {
      emailOtherName:
        'Personen med e-mailen {{email}} hedder {{stored}} i Samspil; navnet i filen ({{name}}) ændrer ikke det.',
    },
    problems: {
      missingFile: 'Vælg en CSV- eller XLSX-fil i feltet »file«.',
      unsupportedType: 'Filen »{{name}}« er hverken CSV eller XLSX.',
      tooLarge: 'Filen er for stor; den må højst fylde {{max}}.',
      unreadable: 'Filen kan ikke læses som CSV eller XLSX.',
      badRows: 'Filen har {{count}} fejl; intet er indlæst. Ret rækkerne og prøv igen.',
      unknownCollaboration: 'Samarbejdet findes ikke.',
    },
  },
};

export const organisationHolders: Namespace<typeof da> = {
  da,
  en: {
    holders: {
      title: 'Load office holders',
      link: 'Load office holders from a file',
      intro:
        "Load the collaboration's real mayors, health directors, regional councillors and other office holders from a CSV or Excel file. You first see what will happen and the born seats that will fill; nothing is saved until you confirm.",
      orgFileNote:
        'Organisation files (YAML) are still used for the structure and for fictional demo people.',
      template: 'Download the template (CSV)',
      templateHint:
        'One row per office. Columns: Kommune (name or municipality code), Embede, Navn, E-mail, Titel, Gyldig fra. Semicolon or comma as separator.',
      fileHeading: '1. The file of office holders',
      file: 'Choose a CSV or Excel file (.csv, .xlsx)',
      fileHint: 'At most {{max}} and {{rows}} rows.',
      dryRun: 'Show what will happen',
      dryRunning: 'Reading the file…',
      confirm: 'Load {{count}} offices',
      importing: 'Loading…',
      noFile: 'Choose a file first.',
      planHeading: '2. What the load will do',
      summary:
        '{{rows}} rows: {{starts}} offices start, {{ends}} end, {{persons}} new persons, {{seats}} born seats fill.',
      rowsCaption: 'The rows of the file',
      seatsHeading: 'Born seats that will fill',
      seatsCaption: 'Born seats that will fill',
      noSeats: 'No born seat changes holder.',
      breachesHeading: 'The composition gets new breaches',
      acknowledge: 'Load anyway (the breaches are seen)',
      done: 'Loaded: {{starts}} offices started, {{persons}} persons created, {{seats}} born seats filled.',
      filledHeading: 'Born seats filled',
      openCollaboration: 'See the collaboration as of {{date}}',
      col: {
        row: 'Row',
        party: 'Party',
        office: 'Office',
        person: 'Person',
        validFrom: 'Valid from',
        change: 'Change',
        forum: 'Forum',
        seat: 'Seat',
        before: 'Before',
        after: 'After',
      },
      change: {
        start: 'Starts',
        unchanged: 'Unchanged (already holds it)',
        newPerson: 'new person',
        existingPerson: 'exists',
        ends: '{{name}} ends {{date}}',
      },
      vacant: 'vacant',
      columns: {
        party: 'Kommune',
        office: 'Embede',
        name: 'Navn',
        email: 'E-mail',
        title: 'Titel',
        validFrom: 'Gyldig fra',
      },
      errors: {
        missingColumn:
          'Row {{row}}: the column "{{column}}" is missing. The file needs the columns Kommune, Embede, Navn and Gyldig fra.',
        empty: 'The file has no rows under the header.',
        tooManyRows: 'The file has {{count}} rows; at most {{max}} can be loaded at a time.',
        missingParty: 'Row {{row}}: the municipality (or party) is missing.',
        unknownParty: 'Row {{row}}: the municipality "{{value}}" is not in the collaboration.',
        partyNotValid: 'Row {{row}}: {{party}} does not exist on {{date}}.',
        missingOffice: 'Row {{row}}: the office is missing.',
        unknownOffice:
          'Row {{row}}: the office "{{value}}" is not known. Use e.g. borgmester, sundhedsdirektør or regionsrådsmedlem.',
        missingName: 'Row {{row}}: the name is missing.',
        tooLong: 'Row {{row}}: "{{column}}" is longer than {{max}} characters.',
        badEmail: 'Row {{row}}: "{{value}}" is not an e-mail address.',
        missingDate: 'Row {{row}}: the date in "Gyldig fra" is missing.',
        badDate: 'Row {{row}}: "{{value}}" is not a date. Write e.g. 1.1.2026 or 2026-01-01.',
        duplicateRow: 'Row {{row}}: repeats row {{other}}.',
        officeTwice:
          'Row {{row}}: {{office}} in {{party}} is already in row {{other}}; an office has one holder.',
        emailTwoNames:
          'Row {{row}}: the e-mail {{email}} is used in row {{other}} for another name ({{name}}).',
        officeTakenLater:
          'Row {{row}}: {{office}} in {{party}} already has another holder from {{date}}. End or correct that first.',
        nameOtherEmail:
          'Row {{row}}: {{name}} already exists in {{party}} with another e-mail. Correct the e-mail in the file, or the person in Samspil.',
        ambiguousName:
          "Row {{row}}: there are {{count}} persons named {{name}} in {{party}}. Give the person's e-mail so the right one is found.",
      },
      notes: {
        emailOtherName:
          'The person with the e-mail {{email}} is called {{stored}} in Samspil; the name in the file ({{name}}) does not change that.',
      },
      problems: {
        missingFile: 'Choose a CSV or XLSX file in the field "file".',
        unsupportedType: 'The file "{{name}}" is neither CSV nor XLSX.',
        tooLarge: 'The file is too large; it may be at most {{max}}.',
        unreadable: 'The file cannot be read as CSV or XLSX.',
        badRows: 'The file has {{count}} errors; nothing was loaded. Fix the rows and try again.',
        unknownCollaboration: 'The collaboration does not exist.',
      },
    },
  },
};
