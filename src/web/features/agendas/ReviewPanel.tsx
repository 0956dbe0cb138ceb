import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, Button, Select, TextArea, useToast } from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import type { AgendaAbilities } from './agenda-rules';
import { useAgendaFlow } from './agendas.api';
import { splitReviewComments } from './review-comments';
import { SendForReviewDialog } from './SendForReviewDialog';

/** Props of {@link ReviewPanel}. */
export interface ReviewPanelProps {
  agenda: Agenda;
  meeting: MeetingDetail;
  abilities: AgendaAbilities;
}

/**
 * The draft review (FirstAgenda's "send til gennemlæsning"): send the draft to chosen
 * reviewers, who comment on the whole agenda or on one item before it is published.
 */
export function ReviewPanel({ agenda, meeting, abilities }: ReviewPanelProps) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const { comment } = useAgendaFlow(meeting.id);
  const [choosing, setChoosing] = useState(false);
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  const [checked, setChecked] = useState(false);
  // Comments on single items are shown with their items; the panel counts them too, so it
  // never says "no comments" beside an item that has one.
  const { general, onItems, total } = splitReviewComments(agenda.reviewComments);

  const onComment = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!text.trim()) return;
    comment.mutate(
      { text: text.trim(), ...(itemId ? { itemId } : {}) },
      {
        onSuccess: () => {
          toast.show(t('ui.review.commented'));
          setText('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <section className="agenda-review stack" aria-labelledby="agenda-review">
      <h3 id="agenda-review">{t('ui.review.heading')}</h3>
      {agenda.status === 'draft' && abilities.sendForReview ? (
        <>
          <p className="muted">{t('ui.review.draftHelp')}</p>
          <div className="button-row">
            <Button onClick={() => setChoosing(true)}>{t('ui.review.open')}</Button>
          </div>
        </>
      ) : null}
      {agenda.status === 'inReview' ? (
        <p>{t('ui.review.reviewers', { names: agenda.reviewers.map((r) => r.name).join(', ') })}</p>
      ) : null}
      {general.length > 0 ? (
        <ul className="agenda-comments">
          {general.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong>{' '}
              <span className="muted">({format.dateTimeCompact(c.createdAt)})</span>: {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      {onItems > 0 ? <p>{t('ui.review.onItems', { count: onItems })}</p> : null}
      {total === 0 && agenda.status === 'inReview' ? (
        <p className="muted">{t('ui.review.noComments')}</p>
      ) : null}
      {abilities.comment ? (
        <form className="stack" noValidate onSubmit={onComment}>
          {comment.isError ? <Alert tone="error">{errorText(comment.error)}</Alert> : null}
          <Select
            label={t('ui.review.about')}
            emptyOption={t('ui.review.aboutAll')}
            value={itemId}
            onChange={(e) => setItemId(e.target.value)}
            options={agenda.items.flatMap((i) =>
              i.redacted
                ? []
                : [
                    {
                      value: i.id,
                      label: t('ui.item.heading', { number: i.number, title: i.title }),
                    },
                  ],
            )}
          />
          <TextArea
            label={t('ui.review.comment')}
            value={text}
            rows={3}
            onChange={(e) => setText(e.target.value)}
            error={checked && !text.trim() ? t('ui.fields.required') : undefined}
          />
          <div className="button-row">
            <Button type="submit" busy={comment.isPending}>
              {t('ui.review.addComment')}
            </Button>
          </div>
        </form>
      ) : null}
      {choosing ? (
        <SendForReviewDialog meeting={meeting} onClose={() => setChoosing(false)} />
      ) : null}
    </section>
  );
}
