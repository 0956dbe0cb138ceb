import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAsOf, withAsOf } from './as-of';

/** Props of {@link OrgLink}. */
export interface OrgLinkProps {
  /** An organisation path (see `orgPaths`). */
  to: string;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
}

/** A link to an organisation page that keeps the "as of" date. */
export function OrgLink({ to, children, className, 'aria-label': label }: OrgLinkProps) {
  const asOf = useAsOf();
  return (
    <Link to={withAsOf(to, asOf.date, asOf.today)} className={className} aria-label={label}>
      {children}
    </Link>
  );
}
