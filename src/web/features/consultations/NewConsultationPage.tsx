import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader, TextField, useToast } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import { useForumDirectory, type ForumDirectory } from '../meetings/org-lookup.api';
import {
  consultationPages,
  useCollaborationParties,
  useCreateConsultation,
} from './consultations.api';
import '../meetings/meetings.css';
import './consultations.css';

/** How many fora the response may pass after the drafting forum. */
const REVIEW_SLOTS = 3;

/**
 * A new consultation: sender, title, the external deadline, the drafting forum, the fora that
 * must see the response (in order) and the participating parties. The internal deadlines are
 * computed by the server from the fora's meetings.
 */
export function NewConsultationPage() {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const directory = useForumDirectory();
  const create = useCreateConsultation();
  const [sender, setSender] = useState('');
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const [forumId, setForumId] = useState('');
  const [review, setReview] = useState<string[]>(Array(REVIEW_SLOTS).fill(''));
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [isPublic, setIsPublic] = useState(true);
  const forum = directory.data?.byId.get(forumId);
  const collaborationId = forum?.collaborationId ?? '';
  const parties = useCollaborationParties(collaborationId);
  const municipalities = (parties.data ?? []).filter((p) => p.kind === 'municipality');
  // Until the user picks, a cluster forum's own municipalities take part.
  const partyIds =
    chosen ??
    (forum?.clusterId
      ? municipalities.filter((p) => p.clusterId === forum.clusterId).map((p) => p.id)
      : []);
  const onForum = (id: string) => {
    setForumId(id);
    setChosen(null);
  };

  const toggle = (id: string, on: boolean) =>
    setChosen(on ? [...partyIds, id] : partyIds.filter((x) => x !== id));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        collaborationId,
        sender: sender.trim(),
        title: title.trim(),
        externalDeadline: deadline,
        draftingForumId: forumId,
        reviewForumIds: review.filter(Boolean),
        partyIds,
        isPublic,
      },
      {
        onSuccess: (result) => {
          toast.show(t('create.created'));
          void navigate(consultationPages.one(result.id));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('create.title')} description={<p>{t('intro')}</p>} />
      <form className="stack" noValidate onSubmit={onSubmit}>
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <TextField
          label={t('fields.sender')}
          hint={t('fields.senderHint')}
          value={sender}
          onChange={(e) => setSender(e.target.value)}
          required
        />
        <TextField
          label={t('fields.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
        <TextField
          label={t('fields.externalDeadline')}
          type="date"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          required
        />
        <ForumSelect
          label={t('fields.draftingForum')}
          directory={directory.data}
          value={forumId}
          onChange={onForum}
          emptyOption={t('create.chooseForum')}
          required
        />
        <ReviewFora
          directory={directory.data}
          draftingForumId={forumId}
          review={review}
          onChange={setReview}
        />
        <PartyChecks
          parties={municipalities}
          chosen={partyIds}
          noCollaboration={!collaborationId}
          onToggle={toggle}
        />
        <label>
          <input
            type="checkbox"
            checked={isPublic}
            onChange={(e) => setIsPublic(e.target.checked)}
          />{' '}
          {t('fields.isPublic')}
        </label>
        <div>
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('create.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The participating parties as checkboxes. */
function PartyChecks({
  parties,
  chosen,
  noCollaboration,
  onToggle,
}: {
  parties: readonly { id: string; name: string }[];
  chosen: readonly string[];
  noCollaboration: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation('consultations');
  return (
    <fieldset className="consultation-checks">
      <legend>{t('fields.parties')}</legend>
      {noCollaboration ? <p>{t('create.noCollaboration')}</p> : null}
      {parties.map((p) => (
        <label key={p.id}>
          <input
            type="checkbox"
            checked={chosen.includes(p.id)}
            onChange={(e) => onToggle(p.id, e.target.checked)}
          />{' '}
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

/** The fora that must see the response, in order (a few optional slots). */
function ReviewFora({
  directory,
  draftingForumId,
  review,
  onChange,
}: {
  directory: ForumDirectory | undefined;
  draftingForumId: string;
  review: string[];
  onChange: (review: string[]) => void;
}) {
  const { t } = useTranslation('consultations');
  return (
    <fieldset className="consultation-checks">
      <legend>{t('fields.reviewFora')}</legend>
      <p className="hint">{t('fields.reviewForaHint')}</p>
      {review.map((value, i) => (
        <ForumSelect
          key={i}
          label={t('create.reviewForum', { number: i + 1 })}
          directory={directory}
          value={value}
          exclude={[draftingForumId, ...review.filter((_, j) => j !== i)]}
          onChange={(id) => onChange(review.map((v, j) => (j === i ? id : v)))}
          emptyOption={t('create.noForum')}
        />
      ))}
    </fieldset>
  );
}
