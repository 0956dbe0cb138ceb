import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  Dialog,
  EmptyState,
  PageHeader,
  Select,
  Table,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index';
import { useChosenCollaboration, useIsMember } from '../funding/CollaborationPicker';
import { useOverview as useOrgOverview } from '../organisation/org.api';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { charterPages, linesOf, useCharterRequests, useCreateRequest } from './charters.api';
import '../funding/funding.css';

type ForumOption = { value: string; label: string };

/** The officials' committee (or the secretariat) requests charters from every cluster. */
function NewRequestDialog(props: {
  open: boolean;
  onClose: () => void;
  fora: ForumOption[];
  defaultForumId: string;
}) {
  const { t } = useTranslation('charters');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const create = useCreateRequest();
  const today = todayInDenmark();
  const [form, setForm] = useState({
    forumId: props.defaultForumId,
    title: '',
    asOf: today,
    deadline: addDays(today, 42),
    requirements: t('form.defaultRequirements'),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const forumId = form.forumId || props.defaultForumId;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const requirements = linesOf(form.requirements);
    if (!forumId || !form.title.trim() || !form.asOf || !form.deadline || !requirements.length) {
      return setProblem(t('form.required'));
    }
    setProblem(null);
    create.mutate(
      {
        requestingForumId: forumId,
        title: form.title.trim(),
        asOf: form.asOf,
        deadline: form.deadline,
        requirements,
      },
      {
        onSuccess: (created) => {
          toast.show(t('form.created'), 'success');
          props.onClose();
          void navigate(charterPages.request(created.id));
        },
      },
    );
  };

  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('form.title')}
      footer={
        <>
          <Button onClick={props.onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={create.isPending} onClick={() => submit()}>
            {t('form.create')}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <Select
          label={t('form.forum')}
          emptyOption={t('form.choose')}
          value={forumId}
          options={props.fora}
          onChange={set('forumId')}
        />
        <TextField label={t('form.name')} value={form.title} onChange={set('title')} required />
        <TextField label={t('form.asOf')} type="date" value={form.asOf} onChange={set('asOf')} />
        <TextField
          label={t('form.deadline')}
          type="date"
          value={form.deadline}
          onChange={set('deadline')}
        />
        <TextArea
          label={t('form.requirements')}
          hint={t('form.requirementsHint')}
          rows={4}
          value={form.requirements}
          onChange={set('requirements')}
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {create.error ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}

/** Requests for charters of a collaboration, and the way to a forum's charter. */
export function ChartersPage() {
  const { t } = useTranslation('charters');
  const { collaborationId, picker } = useChosenCollaboration();
  const requests = useCharterRequests(collaborationId);
  const org = useOrgOverview(collaborationId, todayInDenmark());
  const date = useDate();
  const navigate = useNavigate();
  const member = useIsMember();
  const [creating, setCreating] = useState(false);
  const [forumId, setForumId] = useState('');
  const fora = (org.data?.foraByLevel ?? [])
    .flatMap((l) => l.fora)
    .map((f) => ({ value: f.entityId, label: f.name }));
  const committee = fora.find((f) => /embedsmandsudvalg/i.test(f.label))?.value ?? '';
  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          collaborationId && member ? (
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t('requests.new')}
            </Button>
          ) : undefined
        }
      />
      {picker}
      {creating ? (
        <NewRequestDialog
          open={creating}
          onClose={() => setCreating(false)}
          fora={fora}
          defaultForumId={committee}
        />
      ) : null}
      <section className="funding-section" aria-labelledby="charters-forum">
        <h2 id="charters-forum">{t('fora.title')}</h2>
        <form
          className="funding-filters"
          onSubmit={(e) => {
            e.preventDefault();
            if (forumId) void navigate(charterPages.forum(forumId));
          }}
        >
          <Select
            label={t('fora.forum')}
            emptyOption={t('fora.choose')}
            value={forumId}
            options={fora}
            onChange={(e) => setForumId(e.target.value)}
          />
          <Button type="submit" disabled={!forumId}>
            {t('fora.open')}
          </Button>
        </form>
      </section>
      <section className="funding-section" aria-labelledby="charters-requests">
        <h2 id="charters-requests">{t('requests.title')}</h2>
        <QueryState query={requests} loadingLabel={t('loading')}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('requests.emptyTitle')}>{t('requests.emptyBody')}</EmptyState>
            ) : (
              <Table caption={t('requests.caption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('requests.name')}</th>
                    <th scope="col">{t('requests.requester')}</th>
                    <th scope="col">{t('requests.asOf')}</th>
                    <th scope="col">{t('requests.deadline')}</th>
                    <th scope="col">{t('requests.delivered')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <Link to={charterPages.request(r.id)}>{r.title}</Link>
                      </th>
                      <td>{r.requestingForum.name}</td>
                      <td>{date(r.asOf)}</td>
                      <td>{date(r.deadline)}</td>
                      <td>{r.deliveredCount}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
