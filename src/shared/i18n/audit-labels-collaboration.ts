/**
 * The audit log's labels for the collaborations' joint work (issues 12–14): task transfers,
 * follow-up actions, history import, pilots, consultations, funding, charters, newsletters,
 * financing and questionnaires. Merged into the labels of audit-labels.ts, whose compile-time
 * checks cover these too.
 */

export const daCollaborationActions = {
  transfer: {
    create: 'Opgaveoverdragelse oprettet',
    update: 'Opgaveoverdragelse ændret',
    decide: 'Opgaveoverdragelse besluttet',
    withdraw: 'Opgaveoverdragelse trukket tilbage',
    placeOrientation: 'Orientering om opgaveoverdragelse sat på dagsorden',
  },
  financing: {
    scenario: {
      create: 'Finansieringsscenarie oprettet',
      update: 'Finansieringsscenarie ændret',
      delete: 'Finansieringsscenarie slettet',
    },
    population: { upload: 'Befolkningstal indlæst' },
  },
  newsletter: {
    create: 'Nyhedsbrev oprettet',
    update: 'Nyhedsbrev ændret',
    send: 'Nyhedsbrev sendt til abonnenter',
    subscribe: 'Tilmelding til nyhedsbrev anmodet',
    confirm: 'Tilmelding til nyhedsbrev bekræftet',
    unsubscribe: 'Afmeldt nyhedsbrev',
  },
  decisionAction: {
    create: 'Handling oprettet fra beslutning',
    update: 'Handling opdateret',
    addToAgenda: 'Overskredne handlinger sat på dagsordenen',
  },
  history: {
    recordCase: 'Historisk sag indført',
    import: 'Historik indlæst fra fil',
  },
  consultation: {
    create: 'Høring oprettet',
    update: 'Høring ændret',
    document: { add: 'Høringsmateriale tilføjet' },
    contribution: 'Bidrag til høringssvar gemt',
    comment: 'Kommentar til høringssvar',
    version: 'Udkast til høringssvar gemt',
    position: 'Stillingtagen til høringssvar',
    send: 'Høringssvar afsendt',
  },
  pilot: {
    create: 'Pilotprojekt oprettet',
    update: 'Pilotprojekt ændret',
    file: { upload: 'Evalueringsfil uploadet', delete: 'Evalueringsfil slettet' },
    spread: 'Udbredelse registreret',
  },
  fundingPool: { create: 'Pulje oprettet', update: 'Pulje ændret' },
  fundingApplication: {
    create: 'Ansøgning oprettet',
    update: 'Ansøgning ændret',
    setStatus: 'Ansøgningens status ændret',
  },
  fundingObligation: {
    create: 'Afrapporteringskrav tilføjet',
    update: 'Afrapporteringskrav markeret',
    delete: 'Afrapporteringskrav slettet',
  },
  charter: { save: 'Kommissorium gemt (ny version)' },
  charterRequest: {
    create: 'Kommissorier efterlyst',
    deliver: 'Kommissorium afleveret',
    assess: 'Minimumskrav vurderet',
  },
  questionnaire: {
    create: 'Spørgeskema oprettet',
    update: 'Spørgeskema ændret',
    send: 'Spørgeskema sendt',
    revokeLink: 'Personligt svarlink tilbagekaldt',
    remind: 'Påmindelse om spørgeskema sendt',
    saveAnswers: 'Kladde til besvarelse gemt',
    submitAnswers: 'Spørgeskema besvaret',
  },
};

export const daCollaborationEntityTypes = {
  newsletter: 'Nyhedsbrev',
  newsletterSubscriber: 'Abonnent på nyhedsbrev',
  transfer: 'Opgaveoverdragelse',
  decisionAction: 'Handling fra beslutning',
  consultation: 'Høring',
  pilot: 'Pilotprojekt',
  fundingPool: 'Pulje',
  fundingApplication: 'Fælles ansøgning',
  fundingObligation: 'Afrapporteringskrav',
  charterVersion: 'Kommissorium',
  charterRequest: 'Efterlysning af kommissorier',
  charterDelivery: 'Aflevering af kommissorium',
  financingScenario: 'Finansieringsscenarie',
  financingPopulationSet: 'Befolkningstal',
  questionnaire: 'Spørgeskema',
  questionnaireRecipient: 'Modtager af spørgeskema',
};

export const enCollaborationActions: typeof daCollaborationActions = {
  transfer: {
    create: 'Task transfer created',
    update: 'Task transfer changed',
    decide: 'Task transfer decided',
    withdraw: 'Task transfer withdrawn',
    placeOrientation: 'Orientation on a task transfer placed on an agenda',
  },
  financing: {
    scenario: {
      create: 'Financing scenario created',
      update: 'Financing scenario changed',
      delete: 'Financing scenario deleted',
    },
    population: { upload: 'Population figures loaded' },
  },
  newsletter: {
    create: 'Newsletter created',
    update: 'Newsletter changed',
    send: 'Newsletter sent to subscribers',
    subscribe: 'Newsletter subscription requested',
    confirm: 'Newsletter subscription confirmed',
    unsubscribe: 'Unsubscribed from newsletter',
  },
  decisionAction: {
    create: 'Action created from a decision',
    update: 'Action updated',
    addToAgenda: 'Overdue actions put on the agenda',
  },
  history: {
    recordCase: 'Historical case recorded',
    import: 'History imported from a file',
  },
  consultation: {
    create: 'Consultation created',
    update: 'Consultation changed',
    document: { add: 'Consultation document added' },
    contribution: 'Contribution to the response saved',
    comment: 'Comment on the response',
    version: 'Draft response saved',
    position: 'Position on the response',
    send: 'Consultation response sent',
  },
  pilot: {
    create: 'Pilot project created',
    update: 'Pilot project changed',
    file: { upload: 'Evaluation file uploaded', delete: 'Evaluation file deleted' },
    spread: 'Spread recorded',
  },
  fundingPool: { create: 'Funding pool created', update: 'Funding pool changed' },
  fundingApplication: {
    create: 'Application created',
    update: 'Application changed',
    setStatus: 'Application status changed',
  },
  fundingObligation: {
    create: 'Reporting obligation added',
    update: 'Reporting obligation marked',
    delete: 'Reporting obligation deleted',
  },
  charter: { save: 'Charter saved (new version)' },
  charterRequest: {
    create: 'Charters requested',
    deliver: 'Charter delivered',
    assess: 'Minimum requirements assessed',
  },
  questionnaire: {
    create: 'Questionnaire created',
    update: 'Questionnaire changed',
    send: 'Questionnaire sent',
    revokeLink: 'Personal answer link revoked',
    remind: 'Questionnaire reminder sent',
    saveAnswers: 'Draft answers saved',
    submitAnswers: 'Questionnaire answered',
  },
};

export const enCollaborationEntityTypes: typeof daCollaborationEntityTypes = {
  newsletter: 'Newsletter',
  newsletterSubscriber: 'Newsletter subscriber',
  transfer: 'Task transfer',
  decisionAction: 'Decision action',
  consultation: 'Consultation',
  pilot: 'Pilot project',
  fundingPool: 'Funding pool',
  fundingApplication: 'Joint application',
  fundingObligation: 'Reporting obligation',
  charterVersion: 'Charter',
  charterRequest: 'Request for charters',
  charterDelivery: 'Charter delivery',
  financingScenario: 'Financing scenario',
  financingPopulationSet: 'Population figures',
  questionnaire: 'Questionnaire',
  questionnaireRecipient: 'Questionnaire recipient',
};
