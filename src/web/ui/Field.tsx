import { useId, type ReactNode } from 'react';

/** What every labelled control shares: the label, an optional hint and an optional error. */
export interface FieldBaseProps {
  /** The visible label (required: every field has one). */
  label: string;
  /** Help shown under the label. */
  hint?: ReactNode;
  /** The error shown under the label; sets aria-invalid. */
  error?: string | undefined;
}

/** The ids of a field, and the attributes that tie its control to the hint and the error. */
export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  control: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  };
}

/** The field's ids (`id` when given, else a generated one) and its control's attributes. */
export function useFieldIds(
  { hint, error }: Pick<FieldBaseProps, 'hint' | 'error'>,
  id?: string,
): FieldIds {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return {
    id: controlId,
    hintId,
    errorId,
    control: {
      id: controlId,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

/** Props of {@link Field}. */
export interface FieldProps extends FieldBaseProps {
  ids: FieldIds;
  className?: string | undefined;
  /** The control, given `ids.control`. */
  children: ReactNode;
}

/** The frame of a labelled control: label, hint and error above it, tied with aria-describedby. */
export function Field({ ids, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={ids.id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field-error" id={ids.errorId}>
          {error}
        </div>
      ) : null}
      {children}
    </div>
  );
}
