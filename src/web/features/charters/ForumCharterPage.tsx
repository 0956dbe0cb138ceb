import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CharterVersion } from '../../../shared/charters.contract';
import { isIsoDate, todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { useLanguage } from '../../app/language';
import { formatDateTime } from '../../format';
import {
  Alert,
  Button,
  Dialog,
  PageHeader,
  Table,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { useIsMember } from '../funding/CollaborationPicker';
import { charterPages, linesOf, useCharter, useSaveCharter } from './charters.api';
import '../funding/funding.css';

function Tasks({ items }: { items: string[] }) {
  const { t } = useTranslation('charters');
  return items.length === 0 ? (
    <p className="muted">{t('charter.noTasks')}</p>
  ) : (
    <ul>
      {items.map((task, i) => (
        <li key={i}>{task}</li>
      ))}
    </ul>
  );
}

/** One version's content. */
function VersionView({ version, level }: { version: CharterVersion; level: 'h3' | 'h4' }) {
  const { t } = useTranslation('charters');
  const H = level;
  return (
    <>
      <H>{t('charter.purpose')}</H>
      <p className="pre-line">{version.purpose}</p>
      <H>{t('charter.mustTasks')}</H>
      <Tasks items={version.mustTasks} />
      <H>{t('charter.mayTasks')}</H>
      <Tasks items={version.mayTasks} />
      <H>{t('charter.composition')}</H>
      <p className="pre-line">{version.composition || t('dash')}</p>
    </>
  );
}

/** Saves a new version, pre-filled from the current one. */
function EditDialog(props: { forumId: string; base: CharterVersion | null; onClose: () => void }) {
  const { t } = useTranslation('charters');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const save = useSaveCharter(props.forumId);
  const [form, setForm] = useState({
    purpose: props.base?.purpose ?? '',
    mustTasks: (props.base?.mustTasks ?? []).join('\n'),
    mayTasks: (props.base?.mayTasks ?? []).join('\n'),
    composition: props.base?.composition ?? '',
    validFrom: todayInDenmark(),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!form.purpose.trim() || !isIsoDate(form.validFrom))
      return setProblem(t('charter.required'));
    setProblem(null);
    save.mutate(
      {
        purpose: form.purpose.trim(),
        mustTasks: linesOf(form.mustTasks),
        mayTasks: linesOf(form.mayTasks),
        composition: form.composition.trim(),
        validFrom: form.validFrom,
      },
      {
        onSuccess: () => {
          toast.show(t('charter.saved'), 'success');
          props.onClose();
        },
      },
    );
  };
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={t('charter.editTitle')}
      footer={
        <>
          <Button onClick={props.onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={save.isPending} onClick={() => submit()}>
            {t('charter.save')}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextArea
          label={t('charter.purpose')}
          rows={4}
          value={form.purpose}
          onChange={set('purpose')}
          required
        />
        <TextArea
          label={t('charter.mustTasks')}
          hint={t('charter.tasksHint')}
          rows={4}
          value={form.mustTasks}
          onChange={set('mustTasks')}
        />
        <TextArea
          label={t('charter.mayTasks')}
          hint={t('charter.tasksHint')}
          rows={3}
          value={form.mayTasks}
          onChange={set('mayTasks')}
        />
        <TextArea
          label={t('charter.composition')}
          rows={3}
          value={form.composition}
          onChange={set('composition')}
        />
        <TextField
          label={t('charter.validFrom')}
          type="date"
          value={form.validFrom}
          onChange={set('validFrom')}
          required
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {save.error ? <Alert tone="error">{errorText(save.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}

/** A forum's charter: the version valid on a chosen day, the history, and a new version. */
export function ForumCharterPage() {
  const { t } = useTranslation('charters');
  const forumId = useParams().forumId ?? '';
  const [on, setOn] = useState(todayInDenmark());
  const charter = useCharter(forumId, isIsoDate(on) ? on : todayInDenmark());
  const date = useDate();
  const { language } = useLanguage();
  const member = useIsMember();
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  return (
    <QueryState query={charter} loadingLabel={t('loading')}>
      {(c) => (
        <>
          <PageHeader
            title={`${t('title')}: ${c.forumName}`}
            description={
              <p>
                <Link to={charterPages.list()}>{t('charter.back')}</Link>
              </p>
            }
            actions={
              member ? (
                <Button variant="primary" onClick={() => setEditing(true)}>
                  {t('charter.edit')}
                </Button>
              ) : undefined
            }
          />
          {editing ? (
            <EditDialog forumId={forumId} base={c.current} onClose={() => setEditing(false)} />
          ) : null}
          <TextField
            label={t('charter.on')}
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
          <section className="funding-section" aria-labelledby="charter-current">
            <h2 id="charter-current">{t('charter.current', { date: date(c.on) })}</h2>
            {c.current ? (
              <>
                <p className="muted">
                  {t('charter.version', {
                    version: c.current.version,
                    date: date(c.current.validFrom),
                  })}
                </p>
                <VersionView version={c.current} level="h3" />
              </>
            ) : (
              <p className="muted">{t('charter.none')}</p>
            )}
          </section>
          <section className="funding-section" aria-labelledby="charter-history">
            <h2 id="charter-history">{t('charter.history')}</h2>
            {c.versions.length === 0 ? (
              <p className="muted">{t('charter.none')}</p>
            ) : (
              <Table caption={t('charter.historyCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('charter.number')}</th>
                    <th scope="col">{t('charter.validFrom')}</th>
                    <th scope="col">{t('charter.savedBy')}</th>
                    <th scope="col">{t('charter.savedAt')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('charter.show')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.versions.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">{v.version}</th>
                      <td>{date(v.validFrom)}</td>
                      <td>{v.savedBy}</td>
                      <td>{formatDateTime(v.savedAt, language)}</td>
                      <td>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-expanded={shown === v.id}
                          onClick={() => setShown(shown === v.id ? null : v.id)}
                        >
                          {t('charter.show')} {v.version}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {c.versions
              .filter((v) => v.id === shown)
              .map((v) => (
                <div key={v.id} className="funding-section">
                  <h3>{t('charter.version', { version: v.version, date: date(v.validFrom) })}</h3>
                  <VersionView version={v} level="h4" />
                </div>
              ))}
          </section>
        </>
      )}
    </QueryState>
  );
}
