/**
 * Kroner and øre as text, exactly: amounts typed as kroner with decimals ("654.321,23" or
 * "654321.23") are parsed digit by digit into integer øre, FTE ("1,5") into hundredths, and øre
 * are formatted back without floating point.
 */
import type { Ore } from './allocate';

const AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const PLAIN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses kroner with up to two decimals into øre: Danish ("1.234,56", "1234,5") or plain
 * ("1234.56"); null when it is not such an amount or too large.
 */
export function parseKroner(text: string): Ore | null {
  const s = text.trim().replace(/\s|kr\.?$/gi, '');
  const danish = AMOUNT.exec(s);
  const plain = danish ? null : PLAIN.exec(s);
  const match = danish ?? plain;
  if (!match) return null;
  const whole = (match[1] ?? '').replaceAll(danish ? '.' : '', '');
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const ore = BigInt(whole) * 100n + BigInt(decimals);
  return ore <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ore) : null;
}

/** Parses FTE with up to two decimals ("1,5", "2.25", "3") into hundredths; null otherwise. */
export function parseFte(text: string): number | null {
  const match = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Hundredths of an FTE as Danish text ("1,5", "2,25", "3"). */
export function formatFte(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = Math.abs(hundredths % 100);
  if (rest === 0) return String(whole);
  return `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** Øre (possibly negative) as "1234.56": exact decimal text of kroner. */
export function oreToDecimal(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = BigInt(Math.abs(ore));
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Øre as Danish kroner without the unit: "1.234,56", "-12,00". */
export function formatKronerNumber(ore: number): string {
  const [whole = '0', decimals = '00'] = oreToDecimal(ore).replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${ore < 0 ? '-' : ''}${grouped},${decimals}`;
}

/** Øre as Danish money: "1.234,56 kr.". */
export function formatKroner(ore: number): string {
  return `${formatKronerNumber(ore)} kr.`;
}
