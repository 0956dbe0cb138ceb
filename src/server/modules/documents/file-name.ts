/** Download file names: the shared helpers (src/shared/file-names.ts), kept here for imports. */
export { asciiFileName, contentDisposition, safeFileName } from '../../../shared/file-names';
