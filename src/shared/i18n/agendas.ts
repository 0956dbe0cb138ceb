/**
 * Agendas (dagsordener) and minutes (referater): states, the closed-item placeholder and the
 * refused transitions (`errors.agenda.*`, `errors.minutes.*`, one per code in
 * src/shared/agendas.enums.ts), plus the meeting page's agenda and minutes texts
 * (agendas-pages.ts).
 */
import { agendasPages } from './agendas-pages';
import type { Namespace } from './index';

const da = {
  ...agendasPages.da,
  title: 'Dagsorden',
  minutesTitle: 'Referat',
  closedItem: 'Lukket punkt',
  closedItemNumbered: 'Punkt {{number}}: Lukket punkt',
  freeItem: 'Punkt uden sag',
  statuses: { draft: 'Kladde', inReview: 'Til gennemlæsning', published: 'Udsendt' },
  minutesStatuses: { draft: 'Kladde', sentForApproval: 'Til godkendelse', approved: 'Godkendt' },
  itemStatuses: {
    planned: 'På dagsordenen',
    recommended: 'Indstillet',
    decided: 'Besluttet',
    sentBack: 'Sendt tilbage',
    withdrawn: 'Trukket tilbage',
    skipped: 'Sprunget over',
  },
  approvalEndings: {
    allApproved: 'Godkendt af alle medlemmer',
    closed: 'Godkendelsen er afsluttet af formanden eller sekretariatet',
  },
  errors: {
    agenda: {
      invalidTransition: 'Dagsordenen kan ikke gå fra "{{from}}" til "{{to}}".',
      notEditable: 'Dagsordenen er udsendt og kan ikke længere ændres.',
      notPublished: 'Dagsordenen skal være udsendt, før der kan skrives referat.',
      notReviewer: 'Du er ikke udpeget til at gennemlæse dagsordenen.',
      noReviewers: 'Vælg mindst én, der skal gennemlæse dagsordenen.',
      unknownReviewer: 'En af de valgte brugere findes ikke.',
      itemNotFound: 'Punktet findes ikke på dagsordenen.',
      positionOutOfRange: 'Placeringen skal være mellem 1 og {{max}}.',
      closedReasonRequired: 'Et lukket punkt skal have en begrundelse (hjemmel).',
      caseItemNotRemovable:
        'Et punkt med en sag kan ikke slettes. Flyt sagen til et andet møde, eller træk den tilbage.',
      stepAlreadyOnAgenda: 'Sagen står allerede på dette møde.',
      wrongForum: 'Mødet hører ikke til det forum, sagen skal behandles i nu.',
      meetingCancelled: 'Mødet er aflyst.',
      closedNotCleared: 'Punktet er lukket, og du er ikke medlem af forummet.',
      confidentialCase: 'Punktet hører til en fortrolig sag og skal forblive lukket.',
      reviewClosed: 'Dagsordenen er ikke sendt til gennemlæsning, så der kan ikke kommenteres.',
      stepOnOtherAgenda:
        'Sagen står allerede på dagsordenen til {{meeting}} den {{date}}. Bekræft, at den skal flyttes til dette møde.',
      stepOnPublishedAgenda:
        'Sagen står på dagsordenen til {{meeting}} den {{date}}, som er udsendt, og kan derfor ikke flyttes.',
    },
    minutes: {
      invalidTransition: 'Referatet kan ikke gå fra "{{from}}" til "{{to}}".',
      notEditable: 'Referatet er sendt til godkendelse og kan ikke længere ændres.',
      notEligible: 'Kun forummets medlemmer kan godkende referatet.',
      alreadyApproved: 'Du har allerede godkendt referatet.',
      decisionMissing: 'Punkt {{number}} mangler en beslutning.',
      meetingNotHeld:
        'Mødet holdes først den {{date}}. Beslutninger og referat kan først skrives, når mødet er holdt.',
      meetingCancelled: 'Mødet er aflyst, så der kan ikke skrives beslutninger eller referat.',
    },
  },
};

/** The `agendas` namespace. */
export const agendas: Namespace<typeof da> = {
  da,
  en: {
    ...agendasPages.en,
    title: 'Agenda',
    minutesTitle: 'Minutes',
    closedItem: 'Closed item',
    closedItemNumbered: 'Item {{number}}: Closed item',
    freeItem: 'Item without a case',
    statuses: { draft: 'Draft', inReview: 'In review', published: 'Published' },
    minutesStatuses: { draft: 'Draft', sentForApproval: 'Sent for approval', approved: 'Approved' },
    itemStatuses: {
      planned: 'On the agenda',
      recommended: 'Recommended',
      decided: 'Decided',
      sentBack: 'Sent back',
      withdrawn: 'Withdrawn',
      skipped: 'Skipped',
    },
    approvalEndings: {
      allApproved: 'Approved by every member',
      closed: 'The approval was closed by the chair or the secretariat',
    },
    errors: {
      agenda: {
        invalidTransition: 'The agenda cannot go from "{{from}}" to "{{to}}".',
        notEditable: 'The agenda has been published and can no longer be changed.',
        notPublished: 'The agenda must be published before minutes can be written.',
        notReviewer: 'You have not been chosen to review the agenda.',
        noReviewers: 'Choose at least one reviewer.',
        unknownReviewer: 'One of the chosen users does not exist.',
        itemNotFound: 'The item is not on the agenda.',
        positionOutOfRange: 'The position must be between 1 and {{max}}.',
        closedReasonRequired: 'A closed item must state its reason (legal basis).',
        caseItemNotRemovable:
          'An item with a case cannot be deleted. Move the case to another meeting, or withdraw it.',
        stepAlreadyOnAgenda: 'The case is already on this meeting.',
        wrongForum: 'The meeting does not belong to the forum that treats the case now.',
        meetingCancelled: 'The meeting has been cancelled.',
        closedNotCleared: 'The item is closed and you are not a member of the forum.',
        confidentialCase: 'The item belongs to a confidential case and must stay closed.',
        reviewClosed: 'The agenda has not been sent for review, so it cannot be commented on.',
        stepOnOtherAgenda:
          'The case is already on the agenda of {{meeting}} on {{date}}. Confirm that it is to be moved to this meeting.',
        stepOnPublishedAgenda:
          'The case is on the agenda of {{meeting}} on {{date}}, which has been published, so it cannot be moved.',
      },
      minutes: {
        invalidTransition: 'The minutes cannot go from "{{from}}" to "{{to}}".',
        notEditable: 'The minutes have been sent for approval and can no longer be changed.',
        notEligible: "Only the forum's members can approve the minutes.",
        alreadyApproved: 'You have already approved the minutes.',
        decisionMissing: 'Item {{number}} has no decision.',
        meetingNotHeld:
          'The meeting is not held until {{date}}. Decisions and minutes can only be written once the meeting has been held.',
        meetingCancelled:
          'The meeting has been cancelled, so no decisions or minutes can be written.',
      },
    },
  },
};
