import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumView } from '../../../../shared/organisation.contract';
import { useErrorText, useFieldError } from '../../../app/errors';
import { sortDanish } from '../../../format';
import { Alert, Button, Dialog, useToast } from '../../../ui/index';
import { BreachWarningDialog } from '../BreachWarningDialog';
import { useAsOf } from '../as-of';
import { useOverview } from '../org.api';
import { orgChanges } from '../org-changes.api';
import { isIsoDate } from '../org-dates';
import { useOrgFormat } from '../org-format';
import { useOrgChange } from '../use-org-change';
import { EffectiveDateField } from './EffectiveDateField';
import { fieldsOfForum, forumChanges, type ForumFields } from './forum-form';
import { ForumFieldsForm } from './ForumFieldsForm';

/** Props of {@link EditForumDialog}. */
export interface EditForumDialogProps {
  forum: ForumView;
  collaborationId: string;
  onClose: () => void;
}

type Problem = 'name' | 'cadence' | 'date' | 'nothing' | null;

/** "Redigér forummet": the attributes as a new version from a date (history is kept). */
export function EditForumDialog({ forum, collaborationId, onClose }: EditForumDialogProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const formId = useId();
  const asOf = useAsOf();
  const format = useOrgFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const overview = useOverview(collaborationId, asOf.date);
  const [f, setF] = useState<ForumFields>(() => fieldsOfForum(forum));
  const [from, setFrom] = useState(asOf.date);
  const [problem, setProblem] = useState<Problem>(null);
  const change = useOrgChange(
    (body: Parameters<typeof orgChanges.updateForum>[1], acknowledge: boolean) =>
      orgChanges.updateForum(forum.entityId, body, acknowledge),
  );
  const fieldError = useFieldError(change.error);
  const parties = sortDanish(overview.data?.parties ?? [], (p) => p.name);
  const fora = sortDanish(
    (overview.data?.foraByLevel ?? [])
      .flatMap((g) => g.fora)
      .filter((x) => x.entityId !== forum.entityId),
    (x) => x.name,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    if (!f.name.trim()) return setProblem('name');
    if (!isIsoDate(from)) return setProblem('date');
    const changes = forumChanges(forum, f);
    if (changes === 'invalidCadence') return setProblem('cadence');
    if (changes === null) return setProblem('nothing');
    setProblem(null);
    change.run({ effectiveFrom: from, ...changes }, (result) => {
      const count = result.newBreaches.length;
      toast.show(
        count > 0
          ? t('edit.savedWithBreaches', { count })
          : t('edit.forum.done', { date: format.day(from) }),
      );
      onClose();
    });
  };

  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title={t('edit.forum.title', { name: forum.name })}
        footer={
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={change.isPending}>
              {t('edit.forum.submit')}
            </Button>
          </>
        }
      >
        <form id={formId} className="form" noValidate onSubmit={onSubmit}>
          {change.error ? <Alert tone="error">{errorText(change.error)}</Alert> : null}
          {problem === 'nothing' ? <Alert tone="info">{t('edit.forum.noChanges')}</Alert> : null}
          <EffectiveDateField
            value={from}
            onChange={setFrom}
            error={problem === 'date' ? t('asOf.invalid') : fieldError('effectiveFrom')}
          />
          <ForumFieldsForm
            f={f}
            setF={setF}
            parties={parties}
            fora={fora}
            nameError={problem === 'name' ? t('edit.required') : fieldError('name')}
            cadenceError={problem === 'cadence' ? t('edit.rule.invalidNumber') : undefined}
          />
        </form>
      </Dialog>
      <BreachWarningDialog warning={change.warning} date={from} />
    </>
  );
}
