/**
 * Exact money for pilots' costs: whole øre (integers) in storage and the API, shown as Danish
 * kroner ("12.345,50 kr."). Never floating point: parsing works on the digits.
 */

/**
 * Parses Danish kroner as typed ("12.345,50", "12345,5", "1 200", "12.345 kr.") to øre; null
 * when it is not an amount (negative, more than two decimals, letters).
 */
export function parseKroner(text: string): number | null {
  const clean = text
    .trim()
    .replace(/\s*kr\.?$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(clean)) return null;
  const [whole = '0', fraction = ''] = clean.replace(/\./g, '').split(',');
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? ore : null;
}

/** Shows øre as Danish kroner: 1234550 → "12.345,50 kr.". */
export function formatKroner(ore: number): string {
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole},${fraction} kr.`;
}
