import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from '../../app/errors';
import type { User } from '../../../shared/auth.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { hasRole } from '../../../shared/roles';
import { Alert, Button, Dialog, useToast } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { Checkbox } from '../meetings/Checkbox';
import { useForumMembers } from '../meetings/org-lookup.api';
import { sortDanish } from '../../format';
import { useAgendaFlow } from './agendas.api';

/** A user who can be chosen as a reviewer. */
interface Candidate {
  userId: string;
  name: string;
  detail: string;
}

/** Reviewers to choose from: the forum's members with an account, yourself, and (admins) everyone. */
function useCandidates(meeting: MeetingDetail): { items: Candidate[]; pending: boolean } {
  const { t } = useTranslation('agendas');
  const me = useMe();
  const forum = useForumMembers(meeting.forumId, meeting.date);
  const admin = hasRole(me.user.role, 'admin');
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async ({ signal }) => (await api.get<{ items: User[] }>('/users', { signal })).items,
    enabled: admin,
  });
  const byId = new Map<string, Candidate>();
  for (const m of forum.data?.members ?? []) {
    if (m.person?.userId)
      byId.set(m.person.userId, {
        userId: m.person.userId,
        name: m.person.name,
        detail: m.seatLabel,
      });
  }
  byId.set(me.user.id, { userId: me.user.id, name: me.user.name, detail: t('ui.review.yourself') });
  for (const u of users.data ?? []) {
    if (!byId.has(u.id) && !u.disabled)
      byId.set(u.id, { userId: u.id, name: u.name, detail: u.email });
  }
  return {
    items: sortDanish([...byId.values()], (c) => c.name),
    pending: forum.isPending || (admin && users.isPending),
  };
}

/** Chooses the reviewers of the draft agenda and sends it ("Send til gennemlæsning"). */
export function SendForReviewDialog({
  meeting,
  onClose,
}: {
  meeting: MeetingDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation(['agendas', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const { sendForReview } = useAgendaFlow(meeting.id);
  const candidates = useCandidates(meeting);
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const toggle = (id: string, on: boolean) =>
    setChosen((all) => (on ? [...all, id] : all.filter((x) => x !== id)));
  const send = () => {
    setChecked(true);
    if (chosen.length === 0) return;
    sendForReview.mutate(chosen, {
      onSuccess: () => {
        toast.show(t('ui.review.sent', { count: chosen.length }));
        onClose();
      },
    });
  };
  return (
    <Dialog
      open
      title={t('ui.review.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" busy={sendForReview.isPending} onClick={send}>
            {t('ui.review.send')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{t('ui.review.intro')}</p>
        {sendForReview.isError ? (
          <Alert tone="error">{errorText(sendForReview.error)}</Alert>
        ) : null}
        {checked && chosen.length === 0 ? (
          <Alert tone="error">{t('errors.agenda.noReviewers')}</Alert>
        ) : null}
        <fieldset className="agenda-reviewers">
          <legend>{t('ui.review.choose')}</legend>
          {candidates.pending ? <p className="muted">{t('ui.review.loading')}</p> : null}
          {candidates.items.map((c) => (
            <Checkbox
              key={c.userId}
              label={`${c.name} (${c.detail})`}
              checked={chosen.includes(c.userId)}
              onChange={(e) => toggle(c.userId, e.target.checked)}
            />
          ))}
        </fieldset>
      </div>
    </Dialog>
  );
}
