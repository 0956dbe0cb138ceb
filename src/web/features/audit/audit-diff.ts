/** What an audit entry changed: field by field, before and after. */

/** One changed field. `undefined` means the field was absent on that side. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between `before` and `after`, in the order they first appear. Both
 * sides are usually objects; anything else is compared as one value named `value`.
 */
export function diffEntry(before: unknown, after: unknown): FieldChange[] {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(before) && none(after)) return [];
  const b = none(before) ? {} : before;
  const a = none(after) ? {} : after;
  if (!isPlainObject(b) || !isPlainObject(a)) {
    return same(before, after) ? [] : [{ field: 'value', before, after }];
  }
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => !same(b[field], a[field]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

/** A value as short readable text: strings as they are, the rest as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
