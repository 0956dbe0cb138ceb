import type { ReactNode } from 'react';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: string;
  /** One or two sentences on what the page is for. */
  description?: ReactNode;
  /** Page-level buttons (e.g. "Opret bruger"). */
  actions?: ReactNode;
}

/**
 * The page's one h1. It takes focus (tabIndex -1) after client-side navigation, so screen
 * readers announce the new page.
 */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 tabIndex={-1} data-page-heading="">
          {title}
        </h1>
        {description ? <div className="page-header-description">{description}</div> : null}
      </div>
      {actions ? <div className="page-header-actions">{actions}</div> : null}
    </div>
  );
}
