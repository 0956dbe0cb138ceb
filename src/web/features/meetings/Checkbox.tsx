import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** Props of {@link Checkbox}. */
export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
}

/** A checkbox with its label to the right and an optional hint tied to it. */
export function Checkbox({ label, hint, className, ...rest }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`mtg-check${className ? ` ${className}` : ''}`}>
      <input {...rest} id={id} type="checkbox" aria-describedby={hint ? hintId : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="field-hint mtg-check-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
