/**
 * Sending a spreadsheet (XLSX or CSV) to an import route as multipart with the CSRF token.
 * Failures are ApiErrors with the server's words (per-row errors arrive in the answer itself).
 */
import { ApiError, apiErrorFrom } from '../../api/api-error';
import type { FileRowError } from '../../../shared/plan-indicators.contract';
import { api, apiUrl } from '../../api/client';

/** The file types the plan and indicator imports take. */
export const SHEET_ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Whether a file's name says it is a spreadsheet the imports take. */
export function isSheetFile(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

/** Posts `file` (field `file`) to `path` with `query`; rejects with an ApiError. */
export async function uploadFile<T>(
  path: string,
  file: File,
  query: Record<string, string>,
): Promise<T> {
  const { token } = await api.get<{ token: string }>('/auth/csrf');
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'x-csrf-token': token, accept: 'application/json' },
    });
  } catch {
    throw apiErrorFrom(0, null);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as T;
}

function isRowError(value: unknown): value is FileRowError {
  return typeof value === 'object' && value !== null && 'row' in value && 'message' in value;
}

/** Row errors carried by a refused import: in the problem's extra, or its located field errors. */
export function rowErrorsOf(error: unknown): FileRowError[] {
  if (!(error instanceof ApiError)) return [];
  for (const value of Object.values(error.extra)) {
    if (Array.isArray(value) && value.length > 0 && value.every(isRowError)) return value;
  }
  return error.fieldErrors
    .filter((e) => e.line !== undefined)
    .map((e) => ({
      sheet: null,
      row: e.line ?? 0,
      column: e.path || null,
      message: e.message.da,
      messageEn: e.message.en,
    }));
}
