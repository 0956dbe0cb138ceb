import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CharterRequestDetail, StatusRow } from '../../../shared/charters.contract';
import { isIsoDate, todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  Dialog,
  PageHeader,
  Select,
  Table,
  TextField,
  useToast,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { charterPages, useAssess, useCharterRequest, useDeliver } from './charters.api';
import '../funding/funding.css';

/** A cluster delivers the charter of one of its fora (its latest version). */
function DeliverDialog(props: { requestId: string; row: StatusRow; onClose: () => void }) {
  const { t } = useTranslation('charters');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const deliver = useDeliver(props.requestId);
  const [forumId, setForumId] = useState(props.row.fora[0]?.id ?? '');
  const [on, setOn] = useState(todayInDenmark());
  const submit = () =>
    deliver.mutate(
      { forumId, deliveredOn: on },
      {
        onSuccess: () => {
          toast.show(t('status.delivered'), 'success');
          props.onClose();
        },
      },
    );
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={t('status.deliverTitle', { cluster: props.row.clusterName })}
      footer={
        <>
          <Button onClick={props.onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={deliver.isPending} disabled={!forumId} onClick={submit}>
            {t('status.deliver')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <Select
          label={t('status.deliverForum')}
          hint={t('status.deliverHint')}
          value={forumId}
          options={props.row.fora.map((f) => ({ value: f.id, label: f.name }))}
          onChange={(e) => setForumId(e.target.value)}
        />
        <TextField
          label={t('status.deliveredOn')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
        {deliver.error ? <Alert tone="error">{errorText(deliver.error)}</Alert> : null}
      </div>
    </Dialog>
  );
}

/** The secretariat (or the requesting forum) marks each requirement met or not. */
function AssessDialog(props: {
  request: CharterRequestDetail;
  row: StatusRow;
  onClose: () => void;
}) {
  const { t } = useTranslation('charters');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const assess = useAssess(props.request.id);
  const [met, setMet] = useState<boolean[]>(props.row.met.map((m) => m === true));
  const submit = () =>
    props.row.delivery &&
    assess.mutate(
      { deliveryId: props.row.delivery.id, met },
      {
        onSuccess: () => {
          toast.show(t('status.assessed'), 'success');
          props.onClose();
        },
      },
    );
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={t('status.assessTitle', { cluster: props.row.clusterName })}
      footer={
        <>
          <Button onClick={props.onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={assess.isPending} onClick={submit}>
            {t('status.save')}
          </Button>
        </>
      }
    >
      <fieldset className="stack">
        <legend>{t('form.requirements')}</legend>
        {props.request.requirements.map((req, i) => (
          <label key={i} className="funding-check">
            <input
              type="checkbox"
              checked={met[i] ?? false}
              onChange={(e) => setMet(met.map((m, j) => (j === i ? e.target.checked : m)))}
            />{' '}
            {req}
          </label>
        ))}
      </fieldset>
      {props.row.delivery ? (
        <p>
          <Link to={charterPages.forum(props.row.delivery.forumId)}>{t('status.openCharter')}</Link>
        </p>
      ) : null}
      {assess.error ? <Alert tone="error">{errorText(assess.error)}</Alert> : null}
    </Dialog>
  );
}

/** The status matrix of a request: per cluster the delivery status and each requirement. */
export function CharterRequestPage() {
  const { t } = useTranslation('charters');
  const requestId = useParams().requestId ?? '';
  const [on, setOn] = useState(todayInDenmark());
  const request = useCharterRequest(requestId, isIsoDate(on) ? on : todayInDenmark());
  const date = useDate();
  const [dialog, setDialog] = useState<{ kind: 'deliver' | 'assess'; row: StatusRow } | null>(null);
  const mark = (m: boolean | null) =>
    m === null ? t('status.notAssessed') : m ? t('status.met') : t('status.notMet');
  return (
    <QueryState query={request} loadingLabel={t('loading')}>
      {(r) => (
        <>
          <PageHeader
            title={r.title}
            description={
              <p>
                {r.requestingForum.name} · {t('status.deadlineText', { date: date(r.deadline) })} ·{' '}
                <Link to={charterPages.list(r.collaborationId)}>{t('status.back')}</Link>
              </p>
            }
          />
          <TextField
            label={t('status.on')}
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
          <p role="status">{t('status.summary', r.counts)}</p>
          {r.rows.length === 0 ? <p className="muted">{t('status.noClusters')}</p> : null}
          <Table caption={t('status.caption')} className="status-matrix">
            <thead>
              <tr>
                <th scope="col">{t('status.cluster')}</th>
                <th scope="col">{t('requests.delivered')}</th>
                {r.requirements.map((req, i) => (
                  <th scope="col" key={i}>
                    {req}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('status.delivery')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.clusterId}>
                  <th scope="row">{row.clusterName}</th>
                  <td>
                    <strong>{t(`status.statuses.${row.status}`)}</strong>
                    {row.delivery ? (
                      <>
                        <br />
                        <Link to={charterPages.forum(row.delivery.forumId)}>
                          {t('status.deliveredBy', {
                            forum: row.delivery.forumName,
                            version: row.delivery.version,
                            date: date(row.delivery.deliveredOn),
                          })}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  {row.met.map((m, i) => (
                    <td key={i}>
                      <span aria-hidden="true">{m === null ? '–' : m ? '✓' : '✗'}</span>
                      <span className="visually-hidden">{mark(m)}</span>
                    </td>
                  ))}
                  <td>
                    <div className="funding-actions">
                      <Button size="sm" onClick={() => setDialog({ kind: 'deliver', row })}>
                        {t('status.deliver')}
                        <span className="visually-hidden">: {row.clusterName}</span>
                      </Button>
                      {row.delivery ? (
                        <Button size="sm" onClick={() => setDialog({ kind: 'assess', row })}>
                          {t('status.assess')}
                          <span className="visually-hidden">: {row.clusterName}</span>
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {dialog?.kind === 'deliver' ? (
            <DeliverDialog requestId={r.id} row={dialog.row} onClose={() => setDialog(null)} />
          ) : null}
          {dialog?.kind === 'assess' ? (
            <AssessDialog request={r} row={dialog.row} onClose={() => setDialog(null)} />
          ) : null}
        </>
      )}
    </QueryState>
  );
}
