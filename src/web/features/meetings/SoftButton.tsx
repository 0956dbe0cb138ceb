import type { ButtonHTMLAttributes, Ref } from 'react';
import { buttonClass, type ButtonSize, type ButtonVariant } from '../../ui/index';

/** Props of {@link SoftButton}. */
export interface SoftButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** Unavailable: announced as dimmed (aria-disabled) and ignores clicks, but keeps focus. */
  unavailable?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that can be unavailable without losing keyboard focus (a disabled button would drop
 * focus to the page, e.g. "Flyt op" on an item that has just reached the top).
 */
export function SoftButton({
  unavailable = false,
  variant = 'secondary',
  size = 'sm',
  className,
  onClick,
  ...rest
}: SoftButtonProps) {
  return (
    <button
      {...rest}
      type="button"
      className={`${buttonClass(variant, size)}${className ? ` ${className}` : ''}`}
      aria-disabled={unavailable || undefined}
      onClick={(event) => {
        if (unavailable) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
