/**
 * Joint consultation responses (fælles høringssvar), issue 13. Other modules import only from
 * here:
 * - `consultationsModule`: every /api/consultations route (register once in the API scope);
 * - the tables (the search module reads their Danish full-text columns; scope resolution);
 * - `sentConsultationResponses`: the sent responses that may be published, for newsletters;
 * - `createConsultation` and the other use cases, for demo data and tests (one audit row each).
 */
export { consultationsModule } from './plugin';
export type { ConsultationsDeps } from './consultations.deps';
export {
  consultationComments,
  consultationDocuments,
  consultationParties,
  consultations,
  consultationVersions,
} from './consultations.table';
export { sentConsultationResponses, type SentConsultationResponse } from './consultations.view';
export {
  addComment,
  createConsultation,
  saveContribution,
  saveVersion,
  sendConsultation,
  setPosition,
} from './consultations.service';
