/**
 * The documents module's public surface: the agenda and minutes downloads (DOCX and PDF) of a
 * meeting. Register `documentsRoutes` with the cases and agendas dependencies (`caseDeps(db)`).
 *
 * Documents read agenda content ONLY through the agendas module's `getAgendaForViewer`, for the
 * requesting user: a closed item the viewer may not see is a numbered "Lukket punkt".
 */
export { documentsRoutes, type DocumentsDeps } from './documents.routes';
export { buildMeetingDocument, renderMeetingDocument } from './documents.service';
export type { DocumentFormat, RenderedDocument } from './documents.service';
export type { DocumentKind, MeetingDocument } from './documents.model';
export { contentDisposition } from './file-name';
