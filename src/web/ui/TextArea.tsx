import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field';

/** Props of {@link TextArea}. */
export interface TextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>, FieldBaseProps {
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field with optional hint and error (as {@link TextField}). */
export function TextArea({ label, hint, error, id, className, ref, ...rest }: TextAreaProps) {
  const ids = useFieldIds({ hint, error }, id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea {...rest} ref={ref} {...ids.control} className="input textarea" />
    </Field>
  );
}
