import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { Spinner } from './Spinner';

/** How prominent a button is; `danger` is for destructive actions. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
/** Button size; `sm` is for actions inside table rows. */
export type ButtonSize = 'md' | 'sm';

/** The class names of a button, for links that must look like one (`<a className=…>`). */
export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md'): string {
  return `btn btn-${variant}${size === 'sm' ? ' btn-sm' : ''}`;
}

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /**
   * Work in progress: shows a spinner and ignores clicks, but stays focusable (a disabled button
   * would drop keyboard focus to the page).
   */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  size = 'md',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={`${buttonClass(variant, size)}${className ? ` ${className}` : ''}`}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {busy ? <Spinner size="sm" decorative /> : null}
      {children}
    </button>
  );
}
