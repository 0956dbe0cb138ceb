/**
 * Questionnaires (issue 14): the secretariat's list per collaboration (paged on the server) with
 * "create" and "KL's baseline (template)", and everyone's own questionnaires to answer.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import { Alert, Button, EmptyState, PageHeader, Select, Table, TextField } from '../../ui/index';
import { useStartingCollaboration } from '../meetings/org-lookup.api';
import { QueryState } from '../organisation/QueryState';
import { useMe } from '../auth/auth.api';
import {
  errorText,
  questionnairePages,
  useCreateFromTemplate,
  useCreateQuestionnaire,
  useMine,
  useQuestionnaires,
} from './questionnaires.api';
import './questionnaires.css';

const PAGE = 25;

export function QuestionnairesPage() {
  const { t } = useTranslation('questionnaires');
  const role = useMe().user.role;
  const secretariat = role === 'secretariat' || role === 'admin';
  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <MyQuestionnaires />
      {secretariat ? <SecretariatList /> : null}
    </>
  );
}

function MyQuestionnaires() {
  const { t } = useTranslation('questionnaires');
  const mine = useMine();
  return (
    <section aria-labelledby="q-mine" className="q-section">
      <h2 id="q-mine">{t('answer.mine')}</h2>
      <QueryState query={mine}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('answer.noMine')}</p>
          ) : (
            <ul>
              {data.items.map((i) => (
                <li key={i.recipientId}>
                  <Link to={questionnairePages.respond(i.recipientId)}>{i.title}</Link> –{' '}
                  {t('columns.deadline')} {i.deadline}
                  {i.submittedAt ? ` (${t('results.answeredYes')})` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function SecretariatList() {
  const { t, i18n } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const { items: collaborations, startId } = useStartingCollaboration(todayInDenmark());
  const [chosen, setChosen] = useState('');
  const collaborationId = chosen || startId;
  const [offset, setOffset] = useState(0);
  const [title, setTitle] = useState('');
  const list = useQuestionnaires(collaborationId, offset, PAGE);
  const create = useCreateQuestionnaire();
  const fromTemplate = useCreateFromTemplate();
  const error = errorText(create.error ?? fromTemplate.error, i18n.language);
  return (
    <section aria-labelledby="q-all" className="q-section">
      <h2 id="q-all">{t('title')}</h2>
      <Select
        label={t('collaboration')}
        value={collaborationId}
        onChange={(e) => {
          setChosen(e.target.value);
          setOffset(0);
        }}
        options={collaborations.map((c) => ({
          value: c.entityId,
          label: c.name,
        }))}
      />
      <form
        className="q-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim() || !collaborationId) return;
          create.mutate(
            { collaborationId, title: title.trim(), sections: [] },
            { onSuccess: (q) => void navigate(questionnairePages.detail(q.id)) },
          );
        }}
      >
        <TextField
          label={t('newTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t('create')}
        </Button>
        <Button
          type="button"
          busy={fromTemplate.isPending}
          onClick={() =>
            fromTemplate.mutate(
              { collaborationId, template: 'klBaseline' },
              { onSuccess: (q) => void navigate(questionnairePages.detail(q.id)) },
            )
          }
        >
          {t('createKl')}
        </Button>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <>
              <Table caption={t('title')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('columns.title')}</th>
                    <th scope="col">{t('columns.status')}</th>
                    <th scope="col">{t('columns.deadline')}</th>
                    <th scope="col">{t('columns.answered')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((q) => (
                    <tr key={q.id}>
                      <th scope="row">
                        <Link to={questionnairePages.detail(q.id)}>{q.title}</Link>
                      </th>
                      <td>{t(`statuses.${q.status}`)}</td>
                      <td>{q.deadline ?? '–'}</td>
                      <td>
                        {q.status === 'sent'
                          ? t('answeredOf', { answered: q.answered, total: q.recipients })
                          : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <nav className="q-inline" aria-label={t('title')}>
                <Button
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {t('previous')}
                </Button>
                <span>
                  {offset + 1}–{Math.min(offset + PAGE, data.total)} / {data.total}
                </span>
                <Button
                  disabled={offset + PAGE >= data.total}
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {t('next')}
                </Button>
              </nav>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
