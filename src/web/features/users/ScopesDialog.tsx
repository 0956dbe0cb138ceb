import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import type { ScopeGrantView } from '../../../shared/scopes';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog, EmptyState, LoadingBlock, useToast } from '../../ui/index';
import { ScopeName } from './ScopeName';
import { ScopePicker } from './ScopePicker';
import {
  keyOf,
  manualChanged,
  manualScopes,
  sortGrants,
  toggleGrant,
  type EditedGrant,
} from './scope-view';
import { useSetUserScopes, useUserScopes } from './users.api';

/** Props of {@link ScopesDialog}. */
export interface ScopesDialogProps {
  user: User;
  onClose: () => void;
  /** Called with every grant (OIDC ones too) once the scopes are saved. */
  onSaved?: (grants: ScopeGrantView[]) => void;
}

/** The grants as chips; the ones given by hand have a remove button, the login's are marked. */
function GrantList({
  grants,
  onRemove,
  removeRef,
}: {
  grants: readonly EditedGrant[];
  onRemove: (grant: EditedGrant) => void;
  /** Keeps each remove button by its grant's key, to move focus after a removal. */
  removeRef: (key: string, button: HTMLButtonElement | null) => void;
}) {
  const { t } = useTranslation('users');
  return (
    <ul className="scope-chips">
      {grants.map((grant) => {
        const key = keyOf(grant);
        const name = grant.kind === 'all' ? t('scopes.kinds.all') : grant.label;
        return (
          <li key={`${grant.source}|${key}`} className="scope-chip">
            <span>
              <ScopeName kind={grant.kind} label={grant.label} />
            </span>
            {grant.source === 'oidc' ? (
              <span className="badge badge-muted">{t('scopes.fromLogin')}</span>
            ) : (
              <button
                type="button"
                className="scope-chip-remove"
                aria-label={t('scopes.removeFor', { label: name })}
                ref={(el) => removeRef(key, el)}
                onClick={() => onRemove(grant)}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Adgangsområder": the user's grants (those from the login read-only), a search to add more,
 * and Save, which replaces the grants given by hand.
 */
export function ScopesDialog({ user, onClose, onSaved }: ScopesDialogProps) {
  const { t } = useTranslation(['users', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const current = useUserScopes(user.id);
  const save = useSetUserScopes(user.id);
  const [edited, setEdited] = useState<EditedGrant[] | null>(null);
  const headingId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const removeRefs = useRef(new Map<string, HTMLButtonElement>());
  /** Where focus goes after a removal took the focused button away: a grant's key, or search. */
  const focusNext = useRef<string | null>(null);

  const grants = sortGrants(edited ?? current.data ?? []);

  useEffect(() => {
    const key = focusNext.current;
    if (key === null) return;
    focusNext.current = null;
    (removeRefs.current.get(key) ?? searchRef.current)?.focus();
  }, [edited]);

  const keepRemoveButton = (key: string, button: HTMLButtonElement | null) => {
    if (button) removeRefs.current.set(key, button);
    else removeRefs.current.delete(key);
  };

  const remove = (grant: EditedGrant) => {
    const removable = grants.filter((g) => g.source === 'manual');
    const at = removable.indexOf(grant);
    const next = removable[at + 1] ?? removable[at - 1];
    focusNext.current = next ? keyOf(next) : '';
    setEdited(toggleGrant(grants, grant, false));
  };

  const onSave = () => {
    if (save.isPending || !current.data) return;
    if (!edited || !manualChanged(current.data, edited)) return onClose();
    save.mutate(manualScopes(edited), {
      onSuccess: (saved) => {
        toast.show(t('scopes.done', { name: user.name }));
        onSaved?.(saved);
        onClose();
      },
    });
  };

  const intro =
    user.role === 'admin'
      ? t('scopes.introAdmin')
      : user.role === 'reader'
        ? t('scopes.introReader')
        : t('scopes.intro', { role: t(`common:roles.${user.role}`) });

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('scopes.title', { name: user.name })}
      initialFocus={searchRef}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" busy={save.isPending} onClick={onSave}>
            {t('scopes.submit')}
          </Button>
        </>
      }
    >
      <div className="stack scope-editor">
        {save.error ? <Alert tone="error">{errorText(save.error)}</Alert> : null}
        <p>{intro}</p>
        <section className="stack" aria-labelledby={`${headingId}-current`}>
          <h3 id={`${headingId}-current`} className="scope-heading">
            {t('scopes.current')}
          </h3>
          {current.isPending ? <LoadingBlock /> : null}
          {current.isError ? (
            <Alert
              tone="error"
              action={
                <Button onClick={() => void current.refetch()}>{t('common:actions.retry')}</Button>
              }
            >
              {errorText(current.error)}
            </Alert>
          ) : null}
          {current.data && grants.length === 0 ? (
            <EmptyState title={t('scopes.emptyTitle')}>
              <p>{t('scopes.emptyBody')}</p>
            </EmptyState>
          ) : null}
          {grants.length > 0 ? (
            <GrantList grants={grants} onRemove={remove} removeRef={keepRemoveButton} />
          ) : null}
          {grants.some((g) => g.kind === 'all') && grants.length > 1 ? (
            <p className="muted">{t('scopes.allCovers')}</p>
          ) : null}
          {grants.some((g) => g.source === 'oidc') ? (
            <p className="muted">{t('scopes.fromLoginHint')}</p>
          ) : null}
        </section>
        {current.data ? (
          <section className="stack" aria-labelledby={`${headingId}-add`}>
            <h3 id={`${headingId}-add`} className="scope-heading">
              {t('scopes.add')}
            </h3>
            <ScopePicker
              grants={grants}
              searchRef={searchRef}
              onToggle={(option, on) => setEdited(toggleGrant(grants, option, on))}
            />
          </section>
        ) : null}
      </div>
    </Dialog>
  );
}
