import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from '../../app/errors';
import type { UserDirectory } from '../../../shared/auth.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { sortDanish } from '../../format';
import { Alert, Button, Dialog, TextField, useToast } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { Checkbox } from '../meetings/Checkbox';
import { useForumMembers } from '../meetings/org-lookup.api';
import { useDebounced } from '../meetings/use-debounced';
import { useAgendaFlow } from './agendas.api';

/** A user who can be chosen as a reviewer. */
interface Candidate {
  userId: string;
  name: string;
  detail: string;
}

/** Suggested reviewers: the forum's members with an account on the meeting day, and yourself. */
function useSuggestions(meeting: MeetingDetail): { items: Candidate[]; pending: boolean } {
  const { t } = useTranslation('agendas');
  const me = useMe();
  const forum = useForumMembers(meeting.forumId, meeting.date);
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
  return { items: sortDanish([...byId.values()], (c) => c.name), pending: forum.isPending };
}

/** Enabled accounts whose name contains `q` (GET /api/users/directory, secretariat and up). */
function useUserDirectory(q: string) {
  return useQuery({
    queryKey: ['users', 'directory', q],
    queryFn: ({ signal }) =>
      api.get<UserDirectory>('/users/directory', { query: { q, limit: 20 }, signal }),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}

/** The search for other users; each hit is a checkbox. */
function OtherUsers({
  chosen,
  known,
  onToggle,
}: {
  chosen: ReadonlyMap<string, Candidate>;
  known: ReadonlySet<string>;
  onToggle: (candidate: Candidate, on: boolean) => void;
}) {
  const { t } = useTranslation('agendas');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useUserDirectory(q);
  const hits = (found.data?.items ?? []).filter((u) => !known.has(u.id));
  const extra = [...chosen.values()].filter((c) => !known.has(c.userId));
  const shown = new Map<string, Candidate>(extra.map((c) => [c.userId, c]));
  for (const u of hits)
    shown.set(u.id, { userId: u.id, name: u.name, detail: t('ui.review.user') });
  return (
    <fieldset className="agenda-reviewers">
      <legend>{t('ui.review.otherUsers')}</legend>
      <TextField
        type="search"
        label={t('ui.review.search')}
        hint={t('ui.review.searchHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="muted" aria-live="polite">
        {q && found.isFetching ? t('ui.review.searching') : null}
        {q && !found.isFetching && hits.length === 0 ? t('ui.review.noUsers', { q }) : null}
      </p>
      {[...shown.values()].map((c) => (
        <Checkbox
          key={c.userId}
          label={c.name}
          checked={chosen.has(c.userId)}
          onChange={(e) => onToggle(c, e.target.checked)}
        />
      ))}
    </fieldset>
  );
}

/** The suggested reviewers as checkboxes. */
function Suggestions({
  suggestions,
  chosen,
  onToggle,
}: {
  suggestions: { items: Candidate[]; pending: boolean };
  chosen: ReadonlyMap<string, Candidate>;
  onToggle: (candidate: Candidate, on: boolean) => void;
}) {
  const { t } = useTranslation('agendas');
  return (
    <fieldset className="agenda-reviewers">
      <legend>{t('ui.review.forumMembers')}</legend>
      {suggestions.pending ? <p className="muted">{t('ui.review.loading')}</p> : null}
      {suggestions.items.map((c) => (
        <Checkbox
          key={c.userId}
          label={`${c.name} (${c.detail})`}
          checked={chosen.has(c.userId)}
          onChange={(e) => onToggle(c, e.target.checked)}
        />
      ))}
    </fieldset>
  );
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
  const suggestions = useSuggestions(meeting);
  const [chosen, setChosen] = useState<Map<string, Candidate>>(new Map());
  const [checked, setChecked] = useState(false);
  const toggle = (c: Candidate, on: boolean) =>
    setChosen((all) => {
      const next = new Map(all);
      if (on) next.set(c.userId, c);
      else next.delete(c.userId);
      return next;
    });
  const send = () => {
    setChecked(true);
    if (chosen.size === 0) return;
    sendForReview.mutate([...chosen.keys()], {
      onSuccess: () => {
        toast.show(t('ui.review.sent', { count: chosen.size }));
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
        {checked && chosen.size === 0 ? (
          <Alert tone="error">{t('errors.agenda.noReviewers')}</Alert>
        ) : null}
        <Suggestions suggestions={suggestions} chosen={chosen} onToggle={toggle} />
        <OtherUsers
          chosen={chosen}
          known={new Set(suggestions.items.map((c) => c.userId))}
          onToggle={toggle}
        />
      </div>
    </Dialog>
  );
}
