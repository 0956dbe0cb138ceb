import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../app/access';
import { useErrorText } from '../../app/errors';
import { Alert, Button, buttonClass, ConfirmDialog, PageHeader, useToast } from '../../ui/index';
import { useSession } from '../auth/auth.api';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { consultationApi, useConsultation, useConsultationChanges } from './consultations.api';
import { Comments, Deadlines, Documents, Draft, Parties } from './ConsultationParts';
import './consultations.css';

/**
 * One consultation: its deadlines and documents, the municipalities' contributions and
 * positions, the draft with versions and diff, comments, the response as DOCX/PDF and sending.
 */
export function ConsultationPage() {
  const { t } = useTranslation('consultations');
  const id = useParams().consultationId ?? '';
  const query = useConsultation(id);
  const changes = useConsultationChanges(id);
  const session = useSession();
  const date = useDate();
  const toast = useToast();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const mayComment = canAccess('member', session.data);
  return (
    <QueryState query={query}>
      {(c) => (
        <>
          <PageHeader
            title={c.title}
            description={
              <p>
                {t('fields.sender')}: {c.sender} · {t('fields.externalDeadline')}:{' '}
                {date(c.externalDeadline)} · {t('fields.status')}:{' '}
                {c.sentOn ? `${t('statuses.sent')} ${date(c.sentOn)}` : t('statuses.draft')}
              </p>
            }
            actions={
              c.mayManage ? (
                <Button variant="primary" onClick={() => setConfirming(true)}>
                  {t('detail.send')}
                </Button>
              ) : null
            }
          />
          {c.sentOn ? (
            <Alert tone="info">{t('detail.sentOn', { date: date(c.sentOn) })}</Alert>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title={t('detail.sendConfirmTitle')}
            confirmLabel={t('detail.send')}
            busy={changes.send.isPending}
            error={changes.send.isError ? errorText(changes.send.error) : null}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              changes.send.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  toast.show(t('detail.sentDone'));
                },
              })
            }
          >
            <p>{t('detail.sendConfirm')}</p>
          </ConfirmDialog>
          <section className="consultation-section" aria-labelledby="c-download">
            <h2 id="c-download">{t('detail.download')}</h2>
            <p className="consultation-filters">
              <a
                className={buttonClass('secondary')}
                href={consultationApi.file(c.id, 'docx')}
                download
              >
                {t('detail.downloadDocx')}
              </a>
              <a
                className={buttonClass('secondary')}
                href={consultationApi.file(c.id, 'pdf')}
                download
              >
                {t('detail.downloadPdf')}
              </a>
            </p>
          </section>
          <Deadlines c={c} />
          <Documents c={c} changes={changes} />
          <Parties c={c} changes={changes} />
          <Draft key={c.currentVersion} c={c} changes={changes} />
          <Comments c={c} changes={changes} mayComment={mayComment} />
        </>
      )}
    </QueryState>
  );
}
