/**
 * The limits of an organisation file, in one place for the API, the CLI, the web app and the
 * domain's reader. A real collaboration is well under 100 kB and a few thousand elements (the
 * whole 2027 reform, `templates/denmark-2027.yaml`, is 72 kB), so the limits leave ample room
 * while keeping one file's reading and checking to seconds of one worker thread.
 */
export const ORG_FILE_LIMITS = {
  /** The largest file, in bytes of UTF-8 text, the API and the CLI accept (2 MiB). */
  maxBytes: 2 * 1024 * 1024,
  /**
   * The most elements a file may describe: the collaboration, parties, clusters and their
   * members, fora, seats (a counted seat counts `count` times), rules, persons, offices and
   * appointments. A 2 MB file of plain fora holds about 20,000; at this limit one file takes
   * seconds of one worker thread to read.
   */
  maxElements: 25_000,
} as const;

/**
 * A size in bytes as messages show it, in MB rounded up to one decimal ("2,1 MB" in Danish), so
 * a file just over a limit never reads as the limit itself.
 */
export function formatMegabytes(bytes: number, locale: 'da' | 'en'): string {
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  const format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  return `${format.format(mb)} MB`;
}
