import type { ReactNode } from 'react';

/** The kind of message; decides colour and how urgently screen readers announce it. */
export type AlertTone = 'error' | 'warning' | 'success' | 'info';

/** Props of {@link Alert}. */
export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  /** Optional action (e.g. a "Prøv igen" button). */
  action?: ReactNode;
}

/**
 * An inline message. Errors use role="alert" (announced at once); the others role="status"
 * (announced when the reader is idle).
 */
export function Alert({ tone = 'info', title, children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert-content">
        {title ? <p className="alert-title">{title}</p> : null}
        {children ? <div className="alert-body">{children}</div> : null}
      </div>
      {action ? <div className="alert-action">{action}</div> : null}
    </div>
  );
}
