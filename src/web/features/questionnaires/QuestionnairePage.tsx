/**
 * One questionnaire: the builder and sending while a draft; once sent the answer status per
 * recipient ("2/3 besvaret", revoke a link), results per question with charts, the XLSX export,
 * a follow-up and, for a follow-up, the comparison with its baseline per party.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireDetail } from '../../../shared/questionnaires.contract';
import { Alert, Button, ConfirmDialog, PageHeader, Table, buttonClass } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { Builder } from './Builder';
import { QuestionResults } from './Charts';
import {
  errorText,
  exportUrl,
  questionnairePages,
  useComparison,
  useFollowUp,
  useQuestionnaire,
  useResults,
  useRevoke,
} from './questionnaires.api';
import { SendForm } from './SendForm';
import './questionnaires.css';

export function QuestionnairePage() {
  const { id = '' } = useParams();
  const query = useQuestionnaire(id);
  return <QueryState query={query}>{(q) => <Questionnaire q={q} />}</QueryState>;
}

function Questionnaire({ q }: { q: QuestionnaireDetail }) {
  const { t } = useTranslation('questionnaires');
  const [links, setLinks] = useState<{ recipientId: string; personName: string; url: string }[]>(
    [],
  );
  return (
    <>
      <PageHeader
        title={q.title}
        description={
          <p>
            {t(`statuses.${q.status}`)}
            {q.deadline ? ` – ${t('columns.deadline')} ${q.deadline}` : ''}
            {q.status === 'sent'
              ? ` – ${t('answeredOf', { answered: q.answered, total: q.recipients })}`
              : ''}
          </p>
        }
      />
      {q.status === 'draft' ? (
        <>
          <Builder key={q.id} questionnaire={q} />
          <SendForm questionnaire={q} onSent={setLinks} />
        </>
      ) : (
        <>
          {links.length ? <Links links={links} /> : null}
          <Status q={q} />
          <ResultsSection q={q} />
          {q.baselineId ? <ComparisonSection id={q.id} /> : null}
        </>
      )}
    </>
  );
}

function Links({ links }: { links: { recipientId: string; personName: string; url: string }[] }) {
  const { t } = useTranslation('questionnaires');
  return (
    <Alert tone="warning" title={t('send.links')}>
      <ul className="q-links">
        {links.map((l) => (
          <li key={l.recipientId}>
            {l.personName}: <code>{l.url}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function Status({ q }: { q: QuestionnaireDetail }) {
  const { t, i18n } = useTranslation('questionnaires');
  const revoke = useRevoke(q.id);
  const [confirm, setConfirm] = useState<{ id: string; name: string } | null>(null);
  return (
    <section aria-labelledby="q-status" className="q-section">
      <h2 id="q-status">
        {t('results.status')}: {t('answeredOf', { answered: q.answered, total: q.recipients })}
      </h2>
      <Table caption={t('results.status')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('columns.recipient')}</th>
            <th scope="col">{t('columns.party')}</th>
            <th scope="col">{t('columns.answered')}</th>
            <th scope="col">{t('columns.link')}</th>
          </tr>
        </thead>
        <tbody>
          {q.recipientList.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.personName}</th>
              <td>{r.partyName ?? '–'}</td>
              <td>{r.submittedAt ? t('results.answeredYes') : t('results.answeredNo')}</td>
              <td>
                {r.revoked ? (
                  t('send.revoked')
                ) : (
                  <Button
                    size="sm"
                    variant="danger"
                    onClick={() => setConfirm({ id: r.id, name: r.personName })}
                  >
                    {t('send.revoke')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={confirm !== null}
        title={t('send.revoke')}
        confirmLabel={t('send.revoke')}
        tone="danger"
        busy={revoke.isPending}
        error={errorText(revoke.error, i18n.language)}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm) revoke.mutate(confirm.id, { onSuccess: () => setConfirm(null) });
        }}
      >
        {t('send.confirmRevoke', { name: confirm?.name ?? '' })}
      </ConfirmDialog>
    </section>
  );
}

function ResultsSection({ q }: { q: QuestionnaireDetail }) {
  const { t, i18n } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const results = useResults(q.id, true);
  const followUp = useFollowUp(q.id);
  return (
    <section aria-labelledby="q-results" className="q-section">
      <h2 id="q-results">{t('results.heading')}</h2>
      <div className="q-inline">
        <a className={buttonClass('secondary')} href={exportUrl(q.id)} download>
          {t('results.export')}
        </a>
        <Button
          busy={followUp.isPending}
          onClick={() =>
            followUp.mutate(undefined, {
              onSuccess: (f) => void navigate(questionnairePages.detail(f.id)),
            })
          }
        >
          {t('results.followUp')}
        </Button>
      </div>
      {followUp.error ? (
        <Alert tone="error">{errorText(followUp.error, i18n.language)}</Alert>
      ) : null}
      <QueryState query={results}>
        {(data) =>
          data.answered === 0 ? (
            <p>{t('results.noAnswers')}</p>
          ) : (
            <>
              {data.questions.map((r) => (
                <QuestionResults key={r.questionId} result={r} />
              ))}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function ComparisonSection({ id }: { id: string }) {
  const { t } = useTranslation('questionnaires');
  const comparison = useComparison(id, true);
  return (
    <section aria-labelledby="q-compare" className="q-section">
      <h2 id="q-compare">{t('results.compare')}</h2>
      <QueryState query={comparison}>
        {(c) => (
          <div className="q-scroll">
            <Table caption={t('results.compare')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('columns.party')}</th>
                  {c.questions.map((q) => (
                    <th scope="col" key={q.questionId}>
                      {q.text}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.partyId}>
                    <th scope="row">{r.partyName}</th>
                    {r.cells.map((cell, i) => (
                      <td key={i} className={cell.changed ? 'q-changed' : undefined}>
                        {t('columns.baseline')}: {cell.baseline || '–'}
                        <br />
                        {t('columns.followUp')}: {cell.followUp || '–'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
