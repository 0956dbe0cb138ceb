/**
 * Money as exact integers (funding, pilots): amounts are stored and sent in øre (1 kr. = 100 øre) and shown in
 * kroner, so budget sums never meet floating-point rounding.
 */

/** The largest amount accepted, in øre (10 billion kr.). */
export const MAX_ORE = 1_000_000_000_000;

/** `123456` → `1.234,56 kr.` (Danish grouping, always two decimals). */
export function formatKroner(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped},${rest} kr.`;
}

/**
 * A kroner amount as typed (`1.234,5`, `1234.50`, `1 234`, `12`) → øre; null when it is not an
 * amount. A dot followed by exactly three digits is a thousands separator, otherwise a decimal
 * point; at most two decimals.
 */
export function parseKroner(text: string): number | null {
  let s = text.replace(/kr\.?/i, '').replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const ore = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(ore) && ore <= MAX_ORE ? ore : null;
}
