/**
 * The questionnaire API contract (issue 14 point 2/3): a questionnaire (spørgeskema) built of
 * sections and questions, sent to parties' contacts or persons with a deadline, answered on a page
 * or through a personal expiring link, with results, a follow-up compared with its baseline and an
 * XLSX export. Shared by server and web.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'number', 'date', 'text'] as const;
export const QuestionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKindSchema>;

export const QUESTIONNAIRE_STATUSES = ['draft', 'sent'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export const QUESTIONNAIRE_LIMITS = {
  title: 300,
  intro: 10_000,
  text: 2_000,
  option: 300,
  options: 50,
  sections: 30,
  questions: 100,
  answerText: 10_000,
  recipients: 500,
  pageMax: 100,
  pageDefault: 25,
} as const;

const Key = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/)
  .describe('A stable key (a–z, 0–9, -): answers refer to it');

export const QuestionSchema = z.object({
  id: Key,
  kind: QuestionKindSchema,
  text: z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.text),
  help: z.string().max(QUESTIONNAIRE_LIMITS.text).default(''),
  required: z.boolean().default(false),
  /** Single and multiple choice: the options, in order. */
  options: z
    .array(z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.option))
    .max(QUESTIONNAIRE_LIMITS.options)
    .default([]),
  /** Scale: the ends (integers) and their labels; number: the allowed range. */
  min: z.number().finite().nullable().default(null),
  max: z.number().finite().nullable().default(null),
  minLabel: z.string().max(QUESTIONNAIRE_LIMITS.option).default(''),
  maxLabel: z.string().max(QUESTIONNAIRE_LIMITS.option).default(''),
  /** Number: the unit (e.g. "pladser", "kr."). */
  unit: z.string().max(50).default(''),
});
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;

export const SectionSchema = z.object({
  id: Key,
  title: z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.title),
  questions: z.array(QuestionSchema).max(QUESTIONNAIRE_LIMITS.questions),
});
export type Section = z.infer<typeof SectionSchema>;

/** One answer: an option (single), options (multiple), a number (scale, number), a date or text. */
export const AnswerValueSchema = z.union([
  z.string().max(QUESTIONNAIRE_LIMITS.answerText),
  z.array(z.string().max(QUESTIONNAIRE_LIMITS.option)).max(QUESTIONNAIRE_LIMITS.options),
  z.number().finite(),
  z.null(),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export const AnswersSchema = z.record(z.string().max(40), AnswerValueSchema);
export type Answers = z.infer<typeof AnswersSchema>;

export const CreateQuestionnaireSchema = z.object({
  collaborationId: z.uuid(),
  title: z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.title),
  intro: z.string().max(QUESTIONNAIRE_LIMITS.intro).default(''),
  sections: z.array(SectionSchema).max(QUESTIONNAIRE_LIMITS.sections).default([]),
});
export type CreateQuestionnaire = z.input<typeof CreateQuestionnaireSchema>;

export const UpdateQuestionnaireSchema = z.object({
  title: z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.title).optional(),
  intro: z.string().max(QUESTIONNAIRE_LIMITS.intro).optional(),
  sections: z.array(SectionSchema).max(QUESTIONNAIRE_LIMITS.sections).optional(),
});

export const FromTemplateSchema = z.object({
  collaborationId: z.uuid(),
  template: z.enum(['klBaseline']),
  /** The process instance (meetings' process feature) and its step this questionnaire serves. */
  processInstanceId: z.uuid().nullable().default(null),
  processStepKey: z.string().max(100).nullable().default(null),
});

export const RecipientInputSchema = z.object({
  /**
   * The person who answers. For a party it may be left out: the party's contact is then its
   * office holder on the day of sending (health manager, health director, municipal director,
   * mayor, in that order); when the party has none, the secretariat must pick a person.
   */
  personId: z.uuid().nullable().default(null),
  /** The party (municipality) the person answers for; null for a person on their own. */
  partyId: z.uuid().nullable().default(null),
});

export const SendQuestionnaireSchema = z.object({
  deadline: IsoDateSchema,
  /** The last day a personal link works (default: the deadline + 14 days' grace). */
  linkExpiresOn: IsoDateSchema.nullable().default(null),
  /** Days before the deadline a reminder goes to those who have not answered. */
  reminderDaysBefore: z.array(z.number().int().min(1).max(60)).max(5).default([3]),
  recipients: z.array(RecipientInputSchema).min(1).max(QUESTIONNAIRE_LIMITS.recipients),
});
export type SendQuestionnaire = z.input<typeof SendQuestionnaireSchema>;

export const QuestionnaireParamsSchema = z.object({ id: z.uuid() });
export const RecipientParamsSchema = z.object({ id: z.uuid(), recipientId: z.uuid() });
export const TokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const ResponseParamsSchema = z.object({ recipientId: z.uuid() });

export const QuestionnaireListQuerySchema = z.object({
  collaborationId: z.uuid(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(QUESTIONNAIRE_LIMITS.pageMax)
    .default(QUESTIONNAIRE_LIMITS.pageDefault),
  offset: z.coerce.number().int().min(0).default(0),
});

export const RecipientSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  partyId: z.uuid().nullable(),
  partyName: z.string().nullable(),
  linkExpiresOn: IsoDateSchema,
  revoked: z.boolean(),
  submittedAt: z.string().nullable(),
  draftSavedAt: z.string().nullable(),
  remindersSent: z.number().int(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const QuestionnaireSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  title: z.string(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  deadline: IsoDateSchema.nullable(),
  baselineId: z.uuid().nullable(),
  template: z.string().nullable(),
  recipients: z.number().int(),
  answered: z.number().int(),
  createdAt: z.string(),
});
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummarySchema>;

export const QuestionnaireListSchema = z.object({
  items: z.array(QuestionnaireSummarySchema),
  total: z.number().int(),
});

export const QuestionnaireDetailSchema = QuestionnaireSummarySchema.extend({
  intro: z.string(),
  sections: z.array(SectionSchema),
  processInstanceId: z.uuid().nullable(),
  processStepKey: z.string().nullable(),
  sentAt: z.string().nullable(),
  linkExpiresOn: IsoDateSchema.nullable(),
  recipientList: z.array(RecipientSchema),
});
export type QuestionnaireDetail = z.infer<typeof QuestionnaireDetailSchema>;

/** The send answer: the personal links, shown ONCE (only their hashes are stored). */
export const SentSchema = z.object({
  questionnaire: QuestionnaireDetailSchema,
  links: z.array(z.object({ recipientId: z.uuid(), personName: z.string(), url: z.string() })),
});

export const QuestionResultSchema = z.object({
  questionId: z.string(),
  kind: QuestionKindSchema,
  text: z.string(),
  answered: z.number().int(),
  /** Choices and scale: each option/value with its count and share (0–100, one decimal). */
  counts: z.array(z.object({ label: z.string(), count: z.number().int(), percent: z.number() })),
  /** Numbers and scale. */
  stats: z
    .object({ min: z.number(), max: z.number(), mean: z.number(), median: z.number() })
    .nullable(),
  /** Free text and dates. */
  texts: z.array(z.string()),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const ResultsSchema = z.object({
  questionnaireId: z.uuid(),
  recipients: z.number().int(),
  answered: z.number().int(),
  questions: z.array(QuestionResultSchema),
});
export type Results = z.infer<typeof ResultsSchema>;

export const ComparisonSchema = z.object({
  baselineId: z.uuid(),
  followUpId: z.uuid(),
  questions: z.array(z.object({ questionId: z.string(), text: z.string() })),
  rows: z.array(
    z.object({
      partyId: z.string(),
      partyName: z.string(),
      cells: z.array(
        z.object({ baseline: z.string(), followUp: z.string(), changed: z.boolean() }),
      ),
    }),
  ),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** What a recipient sees: the questionnaire, their saved answers, the deadline. */
export const AnswerFormSchema = z.object({
  title: z.string(),
  intro: z.string(),
  sections: z.array(SectionSchema),
  deadline: IsoDateSchema,
  answers: AnswersSchema,
  submittedAt: z.string().nullable(),
});
export type AnswerForm = z.infer<typeof AnswerFormSchema>;

export const SaveAnswersSchema = z.object({ answers: AnswersSchema });
export const SavedSchema = z.object({ saved: z.literal(true), submittedAt: z.string().nullable() });

export const MyQuestionnairesSchema = z.object({
  items: z.array(
    z.object({
      recipientId: z.uuid(),
      title: z.string(),
      deadline: IsoDateSchema,
      submittedAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
});

/** The answer status of a process step's questionnaire ("12 af 29 kommuner har svaret"). */
export const StepStatusSchema = z.object({
  items: z.array(
    z.object({
      questionnaireId: z.uuid(),
      title: z.string(),
      processStepKey: z.string().nullable(),
      recipients: z.number().int(),
      answered: z.number().int(),
      answeredParties: z.array(z.string()),
      missingParties: z.array(z.string()),
    }),
  ),
});
