/** Kroner typed in a field ↔ øre, for the budget editor and the forms. */
import { formatKroner, parseKroner } from '../../../shared/money';

/** øre → the text a field starts with (`1.234,50`, no "kr."). */
export function kronerText(ore: number): string {
  return formatKroner(ore).replace(' kr.', '');
}

export { formatKroner, parseKroner };
