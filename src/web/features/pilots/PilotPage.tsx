import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatKroner } from '../../../shared/money';
import type { PilotDetail } from '../../../shared/pilots.contract';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  buttonClass,
  ConfirmDialog,
  PageHeader,
  Select,
  useToast,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate, useIsSecretariat } from '../plans/PlanParts';
import {
  useDeletePilotFile,
  useOverview,
  usePilot,
  useRaisePilotCase,
  useUploadPilotFile,
} from './pilots.api';
import { Decisions, Spread } from './PilotScaleUp';
import './pilots.css';

/** A pilot: facts, evaluation and file, raising as a case, the scale-up decision, the spread. */
export function PilotPage() {
  const { pilotId = '' } = useParams();
  const { t } = useTranslation('pilots');
  const pilot = usePilot(pilotId);
  return (
    <QueryState query={pilot} loadingLabel={t('loading')}>
      {(data) => <PilotView pilot={data} />}
    </QueryState>
  );
}

function PilotView({ pilot }: { pilot: PilotDetail }) {
  const { t } = useTranslation('pilots');
  const date = useDate();
  const secretariat = useIsSecretariat();
  return (
    <>
      <PageHeader
        title={pilot.title}
        description={pilot.hypothesis ? <p>{pilot.hypothesis}</p> : undefined}
        actions={
          secretariat ? (
            <Link className={buttonClass('secondary')} to={`/pilots/${pilot.id}/edit`}>
              {t('editPilot')}
            </Link>
          ) : undefined
        }
      />
      <dl className="pilot-facts">
        <dt>{t('fields.forum')}</dt>
        <dd>{pilot.forumName}</dd>
        {pilot.clusterName ? (
          <>
            <dt>{t('fields.cluster')}</dt>
            <dd>{pilot.clusterName}</dd>
          </>
        ) : null}
        <dt>{t('fields.theme')}</dt>
        <dd>{pilot.theme ?? '–'}</dd>
        <dt>{t('fields.period')}</dt>
        <dd>
          {date(pilot.periodFrom)} – {date(pilot.periodTo)}
        </dd>
        <dt>{t('fields.participants')}</dt>
        <dd>{pilot.participants.map((p) => p.name).join(', ')}</dd>
        <dt>{t('fields.initiative')}</dt>
        <dd>{pilot.initiativeTitle ?? t('fields.noInitiative')}</dd>
        <dt>{t('fields.status')}</dt>
        <dd>
          {pilot.outcome
            ? t(`outcomes.${pilot.outcome}`)
            : t(`status.${pilot.evaluated ? 'evaluated' : 'underway'}`)}
          {pilot.confidential ? ` · ${t('fields.confidential')}` : ''}
        </dd>
        {pilot.caseId ? (
          <>
            <dt>{t('fields.case')}</dt>
            <dd>
              <Link to={`/cases/${pilot.caseId}`}>{t('raise.openCase')}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <Evaluation pilot={pilot} secretariat={secretariat} />
      {secretariat && pilot.caseId === null ? <RaiseCase pilot={pilot} /> : null}
      <Decisions pilot={pilot} secretariat={secretariat} />
      <Spread pilot={pilot} secretariat={secretariat} />
    </>
  );
}

function Evaluation({ pilot, secretariat }: { pilot: PilotDetail; secretariat: boolean }) {
  const { t } = useTranslation('pilots');
  const toast = useToast();
  const errorText = useErrorText();
  const upload = useUploadPilotFile(pilot.id);
  const remove = useDeletePilotFile(pilot.id);
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        toast.show(t('evaluation.uploaded'));
      },
    });
  };
  return (
    <section className="pilot-section" aria-labelledby="pilot-evaluation">
      <h2 id="pilot-evaluation">{t('evaluation.heading')}</h2>
      <p>{pilot.results || t('evaluation.noResults')}</p>
      <p>
        <strong>{t('fields.costs')}:</strong>{' '}
        {pilot.costsOre === null ? '–' : formatKroner(pilot.costsOre)}
      </p>
      <h3>{t('fields.file')}</h3>
      {pilot.file ? (
        <p className="button-row">
          <a href={`/api/pilots/${pilot.id}/file`}>
            {t('evaluation.download', { name: pilot.file.fileName })}
          </a>
          {secretariat ? (
            <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
              {t('evaluation.deleteFile')}
            </Button>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t('evaluation.noFile')}</p>
      )}
      {secretariat ? (
        <form className="button-row" onSubmit={submit}>
          <label>
            {t('fields.file')}{' '}
            <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <Button type="submit" disabled={!file} busy={upload.isPending}>
            {t('evaluation.upload')}
          </Button>
        </form>
      ) : null}
      {upload.isError ? <Alert tone="error">{errorText(upload.error)}</Alert> : null}
      <ConfirmDialog
        open={confirming}
        title={t('evaluation.deleteFile')}
        confirmLabel={t('evaluation.deleteFile')}
        tone="danger"
        busy={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              toast.show(t('evaluation.deleted'));
            },
          })
        }
      >
        <p>{t('evaluation.confirmDelete', { name: pilot.file?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

function RaiseCase({ pilot }: { pilot: PilotDetail }) {
  const { t } = useTranslation('pilots');
  const toast = useToast();
  const errorText = useErrorText();
  const overview = useOverview(pilot.collaborationId);
  const raise = useRaisePilotCase(pilot.id);
  const [route, setRoute] = useState(pilot.proposedRoute);
  const [adding, setAdding] = useState('');
  const fora = overview.data?.foraByLevel.flatMap((g) => g.fora) ?? [];
  const move = (index: number, by: number) =>
    setRoute((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  return (
    <section className="pilot-section" aria-labelledby="pilot-raise">
      <h2 id="pilot-raise">{t('raise.heading')}</h2>
      <p>{t('raise.intro')}</p>
      <h3>{t('raise.route')}</h3>
      <ol className="pilot-route">
        {route.map((f, i) => (
          <li key={f.forumId}>
            <span>{f.name}</span>
            <Button
              size="sm"
              variant="ghost"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('raise.up', { name: f.name })}
            >
              ↑
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={i === route.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('raise.down', { name: f.name })}
            >
              ↓
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setRoute((list) => list.filter((x) => x.forumId !== f.forumId))}
              aria-label={t('raise.remove', { name: f.name })}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <div className="pilot-filters">
        <Select
          label={t('raise.addLabel')}
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          options={[
            { value: '', label: '' },
            ...fora
              .filter((f) => !route.some((r) => r.forumId === f.entityId))
              .map((f) => ({ value: f.entityId, label: f.name })),
          ]}
        />
        <Button
          disabled={!adding}
          onClick={() => {
            const forum = fora.find((f) => f.entityId === adding);
            if (forum) setRoute((list) => [...list, { forumId: forum.entityId, name: forum.name }]);
            setAdding('');
          }}
        >
          {t('raise.add')}
        </Button>
      </div>
      {raise.isError ? <Alert tone="error">{errorText(raise.error)}</Alert> : null}
      <Button
        variant="primary"
        disabled={route.length === 0}
        busy={raise.isPending}
        onClick={() =>
          raise.mutate(
            route.map((r) => r.forumId),
            { onSuccess: () => toast.show(t('raise.raised')) },
          )
        }
      >
        {t('raise.submit')}
      </Button>
    </section>
  );
}
