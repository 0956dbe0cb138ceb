import { useTranslation } from 'react-i18next';
import type { CompositionRuleView, MemberView } from '../../../../shared/organisation.contract';
import type { ForumPage } from '../../../../shared/organisation-views.contract';
import { AddRuleDialog } from '../edit/AddRuleDialog';
import { AppointDialog } from '../edit/AppointDialog';
import { EditForumDialog } from '../edit/EditForumDialog';
import { EndDialog } from '../edit/EndDialog';
import { orgChanges } from '../org-changes.api';
import { useOrgFormat } from '../org-format';

type Seat = ForumPage['seats'][number];

/** The dialogs the forum page can open. */
export type ForumDialog =
  | { kind: 'appointMember'; member: MemberView }
  | { kind: 'appointFunction'; seat: Seat; holders: readonly MemberView[] }
  | { kind: 'endAppointment'; member: MemberView }
  | { kind: 'addRule' }
  | { kind: 'endRule'; rule: CompositionRuleView }
  | { kind: 'editForum' };

/** Props of {@link ForumDialogs}. */
export interface ForumDialogsProps {
  page: ForumPage;
  dialog: ForumDialog;
  onClose: () => void;
}

/** The open editing dialog of the forum page (secretariat and admin). */
export function ForumDialogs({ page, dialog, onClose }: ForumDialogsProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const collaborationId = page.collaborationId;
  switch (dialog.kind) {
    case 'appointMember': {
      const m = dialog.member;
      return (
        <AppointDialog
          collaborationId={collaborationId}
          onClose={onClose}
          target={{
            seatEntityId: m.seatEntityId,
            seatLabel: m.seatLabel,
            partyKind: m.partyKind,
            partyEntityId: m.partyEntityId,
            currentName: m.person?.name ?? null,
          }}
        />
      );
    }
    case 'appointFunction': {
      const { seat, holders } = dialog;
      const names = holders.flatMap((h) => (h.person ? [h.person.name] : [])).join(', ');
      return (
        <AppointDialog
          collaborationId={collaborationId}
          onClose={onClose}
          target={{
            seatEntityId: seat.entityId,
            seatLabel: seat.label,
            partyKind: seat.partyKind,
            partyEntityId: seat.partyId,
            currentName: names || null,
          }}
        />
      );
    }
    case 'endAppointment': {
      const m = dialog.member;
      const appointment = m.appointment;
      if (!appointment) return null;
      const name = m.person?.name ?? '';
      return (
        <EndDialog
          title={t('edit.endAppointment.title', { name })}
          body={<p>{t('edit.endAppointment.body', { name, seat: m.seatLabel })}</p>}
          confirmLabel={t('edit.endAppointment.confirm')}
          doneText={t('edit.endAppointment.done', { name })}
          send={(body, ack) => orgChanges.endAppointment(appointment.id, body, ack)}
          onClose={onClose}
        />
      );
    }
    case 'addRule':
      return <AddRuleDialog forumId={page.forum.entityId} onClose={onClose} />;
    case 'endRule': {
      const rule = format.text(dialog.rule.label);
      const id = dialog.rule.id;
      return (
        <EndDialog
          title={t('edit.rule.endTitle', { rule })}
          body={<p>{t('edit.rule.endBody')}</p>}
          confirmLabel={t('edit.rule.endConfirm')}
          doneText={t('edit.rule.ended')}
          send={(body, ack) => orgChanges.endRule(id, body, ack)}
          onClose={onClose}
        />
      );
    }
    case 'editForum':
      return (
        <EditForumDialog forum={page.forum} collaborationId={collaborationId} onClose={onClose} />
      );
  }
}
