/**
 * Download file names: readable (a forum's name and a date, never an id), Danish in `filename*`
 * (RFC 6266 / RFC 5987, UTF-8) and transliterated to ASCII in `filename` for old clients.
 */

const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  Æ: 'Ae',
  Ø: 'Oe',
  Å: 'Aa',
};

/** A file name safe on every file system: no path separators or control characters. */
export function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150)
  );
}

/** The ASCII fallback: Danish letters spelled out, anything else outside ASCII dropped. */
export function asciiFileName(name: string): string {
  return name
    .replace(/[æøåÆØÅ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[";\\%]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A slug file name from readable parts: "KKR Syddanmark", "2026-12-18", ".ics" →
 * "kkr-syddanmark-2026-12-18.ics". Danish letters are kept (the ASCII fallback spells them
 * out); everything but letters and digits becomes one dash.
 */
export function slugFileName(parts: readonly (string | null | undefined)[], extension: string) {
  const slug = parts
    .filter((p): p is string => !!p)
    .join(' ')
    .toLocaleLowerCase('da')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'samspil'}${extension}`;
}

/** RFC 5987 value characters: percent-encode everything but attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The Content-Disposition header of a download (`inline` for calendars a browser may open). */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const name = safeFileName(fileName);
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
