import type { ReactNode } from 'react';
import { usePageTitle } from '../../app/page-title';
import { PageHeader } from '../../ui/index';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { CollaborationNav } from './CollaborationNav';
import { useCollaborations } from './org.api';
import './organisation.css';

/** Props of {@link CollaborationFrame}. */
export interface CollaborationFrameProps {
  collaborationId: string;
  title: string;
  /** One or two sentences under the title. */
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of a page about one collaboration (health, burden, chart): the page's h1, the
 * collaboration's name, the "as of" date and the collaboration's navigation.
 */
export function CollaborationFrame({
  collaborationId,
  title,
  intro,
  actions,
  children,
}: CollaborationFrameProps) {
  const asOf = useAsOf();
  const list = useCollaborations(asOf.date);
  const name = list.data?.items.find((c) => c.entityId === collaborationId)?.name;
  usePageTitle(name ? `${title} · ${name}` : title);
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {name ? <p className="org-kicker">{name}</p> : null}
            {intro}
          </>
        }
        actions={actions}
      />
      <AsOfControl />
      <CollaborationNav collaborationId={collaborationId} />
      {children}
    </>
  );
}
