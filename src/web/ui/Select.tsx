import type { Ref, SelectHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field';

/** One choice. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link Select}. */
export interface SelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>, FieldBaseProps {
  options: readonly SelectOption[];
  /** A first option with the empty value, e.g. "Alle personer". */
  emptyOption?: string;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled native select (keyboard and screen-reader support for free). */
export function Select({
  label,
  options,
  emptyOption,
  hint,
  error,
  id,
  className,
  ref,
  ...rest
}: SelectProps) {
  const ids = useFieldIds({ hint, error }, id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <select {...rest} ref={ref} {...ids.control} className="input select">
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
