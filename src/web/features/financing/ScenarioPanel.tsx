/**
 * The saved scenarios of a collaboration: open, delete (confirmed), select two or more to compare;
 * for the open one: put it (with the selected) on a meeting's draft agenda, record the chosen
 * model as the forum's decision (both confirmed), export XLSX and PDF. Admins load population years.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKroner } from '../../../domain/financing/index';
import type { Scenario } from '../../../shared/financing.contract';
import { canAccess } from '../../app/access';
import { useLanguage } from '../../app/language';
import { Button, ConfirmDialog, EmptyState, Select, Table, useToast } from '../../ui/index';
import { useSession } from '../auth/auth.api';
import { QueryState } from '../organisation/QueryState';
import {
  exportUrl,
  useComparison,
  useDeleteScenario,
  useMeetings,
  usePutOnAgenda,
  useRecordDecision,
  useScenarios,
  useUploadPopulation,
  type ScenarioSummary as Summary,
} from './financing.api';
import { ComparisonTable, ModelsTable } from './ModelTables';

type Model = 1 | 2 | 3 | 4;

function errorText(e: unknown, language: 'da' | 'en'): string {
  if (e && typeof e === 'object' && 'textIn' in e) {
    const text = (e as { textIn: (l: 'da' | 'en') => string | null }).textIn(language);
    if (text) return text;
  }
  return String(e);
}

export function ScenarioPanel(props: {
  collaborationId: string;
  openId: string | null;
  opened: Scenario | null;
  onOpen: (id: string | null) => void;
  onEdit: (s: Scenario) => void;
}) {
  const { t } = useTranslation('financing');
  const { language } = useLanguage();
  const { data: session } = useSession();
  const secretariat = canAccess('secretariat', session);
  const list = useScenarios(props.collaborationId);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<string[]>([]);
  const comparison = useComparison(comparing);
  const remove = useDeleteScenario();
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const toast = useToast();
  return (
    <>
      <section aria-labelledby="financing-saved">
        <h2 id="financing-saved">{t('scenario.list')}</h2>
        <QueryState query={list}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('scenario.none')} />
            ) : (
              <>
                <Table caption={t('scenario.list')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('scenario.compare')}</th>
                      <th scope="col">{t('scenario.name')}</th>
                      <th scope="col">{t('asOf')}</th>
                      <th scope="col" className="num">
                        {t('total')}
                      </th>
                      <th scope="col">{t('decision.model')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('scenario.open')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((s) => (
                      <SavedRow
                        key={s.id}
                        summary={s}
                        selected={selected.includes(s.id)}
                        secretariat={secretariat}
                        onSelect={(on) =>
                          setSelected((old) =>
                            on ? [...old, s.id] : old.filter((x) => x !== s.id),
                          )
                        }
                        onOpen={() => props.onOpen(s.id)}
                        onRemove={() => setRemoving({ id: s.id, name: s.name })}
                      />
                    ))}
                  </tbody>
                </Table>
                <Button disabled={selected.length < 2} onClick={() => setComparing(selected)}>
                  {t('scenario.compare')}
                </Button>
                {selected.length < 2 && <p className="hint">{t('scenario.compareHint')}</p>}
              </>
            )
          }
        </QueryState>
        {comparison.data && comparing.length >= 2 && (
          <ComparisonTable comparison={comparison.data} />
        )}
      </section>
      {props.opened && props.opened.id === props.openId && (
        <OpenScenario
          scenario={props.opened}
          selected={selected}
          collaborationId={props.collaborationId}
          secretariat={secretariat}
          onEdit={props.onEdit}
        />
      )}
      {canAccess('admin', session) && <PopulationUpload />}
      <ConfirmDialog
        open={removing !== null}
        title={t('scenario.remove')}
        confirmLabel={t('scenario.remove')}
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              if (props.openId === removing.id) props.onOpen(null);
              setSelected((old) => old.filter((x) => x !== removing.id));
              setComparing([]);
              setRemoving(null);
              toast.show(t('scenario.removed'), 'success');
            },
            onError: (e) => toast.show(errorText(e, language), 'error'),
          });
        }}
      >
        {t('scenario.confirmRemove', { name: removing?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}

/** The collaboration's meetings as options (date — forum: title). */
function useMeetingOptions(collaborationId: string) {
  const meetings = useMeetings(collaborationId);
  return (meetings.data?.items ?? [])
    .filter((m) => m.status !== 'cancelled')
    .map((m) => ({ value: m.id, label: `${m.date} — ${m.forumName ?? ''}: ${m.title}` }));
}

function OpenScenario(props: {
  scenario: Scenario;
  selected: string[];
  collaborationId: string;
  secretariat: boolean;
  onEdit: (s: Scenario) => void;
}) {
  const { scenario } = props;
  const { t } = useTranslation('financing');
  const { language } = useLanguage();
  const toast = useToast();
  const [meetingId, setMeetingId] = useState('');
  const [model, setModel] = useState<Model>(scenario.decision?.model ?? 1);
  const [confirm, setConfirm] = useState<'agenda' | 'decision' | null>(null);
  const agenda = usePutOnAgenda();
  const decide = useRecordDecision();
  const meetingOptions = useMeetingOptions(props.collaborationId);
  const chosenMeeting = meetingOptions.find((m) => m.value === meetingId);
  const done = (key: 'agenda.done' | 'decision.done') => () => {
    setConfirm(null);
    toast.show(t(key), 'success');
  };
  const failed = (e: unknown) => {
    setConfirm(null);
    toast.show(errorText(e, language), 'error');
  };
  return (
    <section aria-labelledby="financing-open">
      <h2 id="financing-open">
        {t('sheet.scenario')}: {scenario.name}
      </h2>
      <ScenarioSummary
        scenario={scenario}
        secretariat={props.secretariat}
        onEdit={() => props.onEdit(scenario)}
      />
      {props.secretariat && (
        <>
          <h3>{t('agenda.title')}</h3>
          {meetingOptions.length === 0 ? (
            <p>{t('agenda.noMeetings')}</p>
          ) : (
            <div className="financing-row">
              <Select
                label={t('agenda.meeting')}
                value={meetingId}
                emptyOption="—"
                onChange={(e) => setMeetingId(e.target.value)}
                options={meetingOptions}
              />
              <Button disabled={!meetingId} onClick={() => setConfirm('agenda')}>
                {t('agenda.put')}
              </Button>
            </div>
          )}
          <OnAgenda scenario={scenario} options={meetingOptions} />
          <h3>{t('decision.title')}</h3>
          {!scenario.agendaItem ? (
            <p>{t('decision.needsAgenda')}</p>
          ) : (
            <div className="financing-row">
              <Select
                label={t('decision.model')}
                value={String(model)}
                onChange={(e) => setModel(Number(e.target.value) as Model)}
                options={([1, 2, 3, 4] as const).map((m) => ({
                  value: String(m),
                  label: t(`models.${m}`),
                }))}
              />
              <Button variant="primary" onClick={() => setConfirm('decision')}>
                {t('decision.record')}
              </Button>
            </div>
          )}
        </>
      )}
      <ConfirmDialog
        open={confirm === 'agenda'}
        title={t('agenda.title')}
        confirmLabel={t('agenda.put')}
        busy={agenda.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          agenda.mutate(
            {
              id: scenario.id,
              meetingId,
              alsoScenarioIds: props.selected.filter((x) => x !== scenario.id),
            },
            { onSuccess: done('agenda.done'), onError: failed },
          )
        }
      >
        {t('agenda.confirm', { meeting: chosenMeeting?.label ?? '' })}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'decision'}
        title={t('decision.title')}
        confirmLabel={t('decision.record')}
        busy={decide.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          decide.mutate(
            { id: scenario.id, model },
            { onSuccess: done('decision.done'), onError: failed },
          )
        }
      >
        {t('decision.confirm', { model: t(`modelShort.${model}`), name: scenario.name })}
      </ConfirmDialog>
    </section>
  );
}

function PopulationUpload() {
  const { t } = useTranslation('financing');
  const { language } = useLanguage();
  const toast = useToast();
  const upload = useUploadPopulation();
  return (
    <section aria-labelledby="financing-upload">
      <h2 id="financing-upload">{t('upload.title')}</h2>
      <p>{t('upload.hint')}</p>
      <label>
        {t('upload.file')}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const csv = await file.text();
            upload.mutate(csv, {
              onSuccess: (r) =>
                toast.show(t('upload.done', { year: r.year, count: r.count }), 'success'),
              onError: (err) => toast.show(errorText(err, language), 'error'),
            });
            e.target.value = '';
          }}
        />
      </label>
    </section>
  );
}

function SavedRow(props: {
  summary: Summary;
  selected: boolean;
  secretariat: boolean;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('financing');
  const s = props.summary;
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={t('scenario.select', { name: s.name })}
          checked={props.selected}
          onChange={(e) => props.onSelect(e.target.checked)}
        />
      </td>
      <th scope="row">{s.name}</th>
      <td>{s.asOf}</td>
      <td className="num">{s.ok ? formatKroner(s.total) : '–'}</td>
      <td>{s.chosenModel ? t(`modelShort.${s.chosenModel}`) : ''}</td>
      <td>
        <Button size="sm" onClick={() => props.onOpen()}>
          {t('scenario.open')}
          <span className="visually-hidden"> {s.name}</span>
        </Button>{' '}
        {props.secretariat && (
          <Button size="sm" variant="danger" onClick={() => props.onRemove()}>
            {t('scenario.remove')}
            <span className="visually-hidden"> {s.name}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}

function ScenarioSummary(props: { scenario: Scenario; secretariat: boolean; onEdit: () => void }) {
  const { scenario } = props;
  const { t } = useTranslation('financing');
  const { language } = useLanguage();
  return (
    <>
      {scenario.decision && (
        <p>
          <strong>
            {t('scenario.chosen', {
              model: t(`modelShort.${scenario.decision.model}`),
              forum: scenario.decision.forumName,
              date: scenario.decision.on,
            })}
          </strong>
        </p>
      )}
      <p>
        {t('populationFrom', {
          year: scenario.result.population.year,
          source: scenario.result.population.source,
        })}
      </p>
      {scenario.result.ok && (
        <ModelsTable models={scenario.result.models} caption={scenario.name} />
      )}
      <div className="financing-row">
        <a className="btn btn-secondary" href={exportUrl(scenario.id, 'xlsx', language)} download>
          {t('export.xlsx')}
        </a>
        <a className="btn btn-secondary" href={exportUrl(scenario.id, 'pdf', language)} download>
          {t('export.pdf')}
        </a>
        {props.secretariat && (
          <Button onClick={() => props.onEdit()}>
            {t('scenario.open')}: {t('keys')}
          </Button>
        )}
      </div>
    </>
  );
}

/** The meeting the scenario is on the agenda of, as a link. */
function OnAgenda(props: { scenario: Scenario; options: { value: string; label: string }[] }) {
  const { t } = useTranslation('financing');
  const item = props.scenario.agendaItem;
  if (!item) return null;
  const label = props.options.find((m) => m.value === item.meetingId)?.label ?? item.meetingId;
  return (
    <p>
      {t('scenario.onAgenda')}: <a href={`/meetings/${item.meetingId}`}>{label}</a>
    </p>
  );
}
