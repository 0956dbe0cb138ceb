/**
 * The collaboration a funding or charter page shows, kept in the address (`?c=`) so a link or a
 * reload keeps it; by default the first one the user works in.
 */
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../app/access';
import { Select } from '../../ui/index';
import { useSession } from '../auth/auth.api';
import { useStartingCollaboration } from '../meetings/org-lookup.api';

/** The chosen collaboration's id ('' while loading or when there is none) and the picker. */
export function useChosenCollaboration(): { collaborationId: string; picker: ReactNode } {
  const { t } = useTranslation('funding');
  const [params, setParams] = useSearchParams();
  const { items, startId } = useStartingCollaboration();
  const chosen = params.get('c');
  const collaborationId = items.find((c) => c.entityId === chosen)?.entityId ?? startId;
  const picker =
    items.length > 1 ? (
      <Select
        label={t('collaboration')}
        value={collaborationId}
        options={items.map((c) => ({ value: c.entityId, label: c.name }))}
        onChange={(e) => setParams({ c: e.target.value }, { replace: true })}
      />
    ) : null;
  return { collaborationId, picker };
}

/** True when the user's account role is at least member (may propose changes; scopes decide). */
export function useIsMember(): boolean {
  const { data } = useSession();
  return canAccess('member', data);
}
