import type { InputHTMLAttributes, Ref } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field';

/** Props of {@link TextField}. */
export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, FieldBaseProps {
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with optional hint and error, both tied to it with aria-describedby. */
export function TextField({ label, hint, error, id, className, ref, ...rest }: TextFieldProps) {
  const ids = useFieldIds({ hint, error }, id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <input {...rest} ref={ref} {...ids.control} className="input" />
    </Field>
  );
}
