import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import { Alert, Button, useToast } from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import { useAddFollowUpItem } from './actions.api';

/**
 * "Handlinger der er overskredet" on a meeting's agenda: the decision actions its forum follows
 * up that are overdue on the meeting's date; the secretariat can put them on the agenda as one
 * information item (once). Nothing is shown when none are overdue.
 */
export function OverdueActionsSection({ agenda, canBuild }: { agenda: Agenda; canBuild: boolean }) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const add = useAddFollowUpItem();
  const overdue = agenda.followUp?.overdue ?? [];
  if (overdue.length === 0) return null;
  return (
    <section className="stack agenda-follow-up" aria-labelledby="agenda-overdue-actions">
      <h3 id="agenda-overdue-actions">{t('agenda.heading')}</h3>
      <p className="muted">{t('agenda.intro')}</p>
      <ul>
        {overdue.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong> · {t('fields.dueDate')} {format.date(a.dueDate)} ·{' '}
            {t('fields.owner')}: {a.ownerName ?? '–'} · {t('fields.decidingForum')}{' '}
            {a.decidingForumName ?? '–'} {format.date(a.decidedOn)}
          </li>
        ))}
      </ul>
      {add.isError ? <Alert tone="error">{errorText(add.error)}</Alert> : null}
      <div className="button-row">
        {agenda.followUp?.itemId ? (
          <p className="muted">{t('agenda.itemAdded')}</p>
        ) : canBuild ? (
          <Button
            busy={add.isPending}
            onClick={() =>
              add.mutate(agenda.meetingId, { onSuccess: () => toast.show(t('agenda.itemAdded')) })
            }
          >
            {t('agenda.addItem')}
          </Button>
        ) : null}
        <Link to={`/follow-up?forumId=${encodeURIComponent(agenda.forumId)}`}>{t('title')}</Link>
      </div>
    </section>
  );
}
