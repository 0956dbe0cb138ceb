/**
 * Reading an organisation file on the command line, held to `ORG_FILE_LIMITS.maxBytes` like the
 * API: the size is looked up before anything is read, and a file that is not a regular file (a
 * pipe, a device) is read only up to one byte past the limit, so an oversized file is refused
 * without ever being held in memory.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileTooLarge } from '../modules/organisation/index';
import { ORG_FILE_LIMITS } from '../../shared/org-file.limits';

/** Exit code of a file that cannot be read or is too large (as for a bad option). */
const INPUT_ERROR = 2;

function refuseTooLarge(file: string, bytes: number): null {
  const detail = fileTooLarge(bytes).detail;
  console.error(`${file}: ${detail?.da ?? ''}`);
  console.error(`${file}: ${detail?.en ?? ''}`);
  process.exitCode = INPUT_ERROR;
  return null;
}

/** Reads at most `max + 1` bytes from an open file. */
function readCapped(fd: number, max: number): Buffer {
  const buffer = Buffer.alloc(max + 1);
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/**
 * The text of `file`, or null (with a message in Danish and English and `process.exitCode` 2)
 * when it cannot be read or is larger than an organisation file may be.
 */
export function readOrgFileText(file: string): string | null {
  const max = ORG_FILE_LIMITS.maxBytes;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > max) return refuseTooLarge(file, stat.size);
    const bytes = readCapped(fd, max);
    if (bytes.length > max) return refuseTooLarge(file, bytes.length);
    return bytes.toString('utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`Filen ${file} kan ikke læses: ${reason}`);
    console.error(`The file ${file} cannot be read: ${reason}`);
    process.exitCode = INPUT_ERROR;
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
