/**
 * The parts of a consultation's page: its deadlines, documents, the parties' contributions and
 * positions, the draft with its versions and word diff, and the comments.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { useLanguage } from '../../app/language';
import { formatDateTime } from '../../format';
import type { ConsultationDetail, ConsultationParty } from '../../../shared/consultations.contract';
import type { ConsultationPosition } from '../../../shared/consultations.enums';
import { Alert, Button, Select, Table, TextArea, useToast } from '../../ui/index';
import { useDate } from '../plans/PlanParts';
import type { useConsultationChanges } from './consultations.api';
import { consultationApi, useDiff } from './consultations.api';

type Changes = ReturnType<typeof useConsultationChanges>;

/** The internal deadlines along the fora. */
export function Deadlines({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation('consultations');
  const date = useDate();
  return (
    <section className="consultation-section" aria-labelledby="c-deadlines">
      <h2 id="c-deadlines">{t('detail.deadlines')}</h2>
      <p>{t('detail.deadlinesIntro')}</p>
      {!c.deadlinesComplete ? <Alert tone="warning">{t('detail.incomplete')}</Alert> : null}
      <Table caption={t('detail.deadlines')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('detail.forum')}</th>
            <th scope="col">{t('detail.meeting')}</th>
            <th scope="col">{t('detail.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {c.steps.map((s) => (
            <tr key={s.forumId}>
              <th scope="row">{s.forumName ?? ''}</th>
              <td>
                {s.meetingDate
                  ? date(s.meetingDate)
                  : t('detail.noMeeting', { date: date(s.latestMeetingDate) })}
              </td>
              <td>{date(s.deadline)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{c.sender}</th>
            <td />
            <td>{date(c.externalDeadline)}</td>
          </tr>
        </tbody>
      </Table>
    </section>
  );
}

/** The consultation documents; the secretariat adds more. */
export function Documents({ c, changes }: { c: ConsultationDetail; changes: Changes }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    changes.upload.mutate(file, { onSuccess: () => toast.show(t('detail.uploaded')) });
  };
  return (
    <section className="consultation-section" aria-labelledby="c-documents">
      <h2 id="c-documents">{t('detail.documents')}</h2>
      {c.documents.length === 0 ? <p>{t('detail.noDocuments')}</p> : null}
      <ul>
        {c.documents.map((d) => (
          <li key={d.id}>
            <a href={consultationApi.document(c.id, d.id)} download>
              {d.fileName}
            </a>
          </li>
        ))}
      </ul>
      {c.mayManage ? (
        <form className="stack" onSubmit={onSubmit}>
          {changes.upload.isError ? (
            <Alert tone="error">{errorText(changes.upload.error)}</Alert>
          ) : null}
          <label>
            {t('detail.uploadFile')}
            <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <div>
            <Button type="submit" busy={changes.upload.isPending} disabled={!file}>
              {t('detail.upload')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function PartyCard({
  c,
  p,
  changes,
}: {
  c: ConsultationDetail;
  p: ConsultationParty;
  changes: Changes;
}) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const toast = useToast();
  const [text, setText] = useState(p.contribution);
  const [position, setPosition] = useState<ConsultationPosition | ''>(p.position ?? '');
  const [dissent, setDissent] = useState(p.dissentText ?? '');
  const editContribution = p.mayEdit && c.contributionsOpen;
  const saveContribution = (event: FormEvent) => {
    event.preventDefault();
    changes.contribution.mutate(
      { partyId: p.partyId, text },
      { onSuccess: () => toast.show(t('detail.contributionSaved')) },
    );
  };
  const savePosition = (event: FormEvent) => {
    event.preventDefault();
    if (!position) return;
    changes.position.mutate(
      { partyId: p.partyId, position, dissentText: position === 'dissent' ? dissent : null },
      { onSuccess: () => toast.show(t('detail.positionSaved')) },
    );
  };
  return (
    <article className="consultation-party" aria-labelledby={`party-${p.partyId}`}>
      <h3 id={`party-${p.partyId}`}>{p.partyName}</h3>
      {editContribution ? (
        <form className="stack" onSubmit={saveContribution}>
          <TextArea
            label={t('detail.contribution', { party: p.partyName })}
            value={text}
            rows={4}
            onChange={(e) => setText(e.target.value)}
          />
          <div>
            <Button type="submit" busy={changes.contribution.isPending}>
              {t('detail.saveContribution')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="consultation-text">{p.contribution || t('detail.noContribution')}</p>
      )}
      {p.mayEdit ? (
        <form className="stack" onSubmit={savePosition}>
          <Select
            label={t('detail.position', { party: p.partyName })}
            value={position}
            emptyOption={t('detail.noPosition')}
            options={(['cosign', 'abstain', 'dissent'] as const).map((v) => ({
              value: v,
              label: t(`positions.${v}`),
            }))}
            onChange={(e) => setPosition(e.target.value as ConsultationPosition | '')}
          />
          {position === 'dissent' ? (
            <TextArea
              label={t('detail.dissentText')}
              value={dissent}
              rows={3}
              onChange={(e) => setDissent(e.target.value)}
            />
          ) : null}
          <div>
            <Button type="submit" busy={changes.position.isPending} disabled={!position}>
              {t('detail.savePosition')}
            </Button>
          </div>
        </form>
      ) : (
        <p>
          <strong>{t('detail.positions')}:</strong>{' '}
          {p.position ? t(`positions.${p.position}`) : t('detail.noPosition')}
          {p.dissentText ? ` – ${p.dissentText}` : ''}
        </p>
      )}
      {changes.contribution.isError && changes.contribution.variables?.partyId === p.partyId ? (
        <Alert tone="error">{errorText(changes.contribution.error)}</Alert>
      ) : null}
      {changes.position.isError && changes.position.variables?.partyId === p.partyId ? (
        <Alert tone="error">{errorText(changes.position.error)}</Alert>
      ) : null}
    </article>
  );
}

/** Each party's contribution and position. */
export function Parties({ c, changes }: { c: ConsultationDetail; changes: Changes }) {
  const { t } = useTranslation('consultations');
  const date = useDate();
  return (
    <section className="consultation-section" aria-labelledby="c-parties">
      <h2 id="c-parties">{t('detail.contributions')}</h2>
      <p>
        {c.contributionsOpen
          ? t('detail.contributionsOpen', { date: date(c.contributionDeadline) })
          : t('detail.contributionsClosed', { date: date(c.contributionDeadline) })}
      </p>
      {c.parties.map((p) => (
        <PartyCard key={p.partyId} c={c} p={p} changes={changes} />
      ))}
    </section>
  );
}

/** A word diff: insertions as <ins>, deletions as <del>, each also named in words. */
function DiffView({ id, from, to }: { id: string; from: number; to: number }) {
  const { t } = useTranslation('consultations');
  const diff = useDiff(id, { from, to });
  if (!diff.data) return null;
  const changed = diff.data.segments.some((s) => s.kind !== 'same');
  if (!changed) return <p>{t('detail.noChanges')}</p>;
  return (
    <>
      <p className="hint">{t('detail.diffLegend')}</p>
      <p className="consultation-diff">
        {diff.data.segments.map((s, i) =>
          s.kind === 'same' ? (
            <span key={i}>{s.text}</span>
          ) : s.kind === 'inserted' ? (
            <ins key={i}>
              <span className="visually-hidden">[{t('detail.inserted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <del key={i}>
              <span className="visually-hidden">[{t('detail.deleted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </del>
          ),
        )}
      </p>
    </>
  );
}

/** The consolidated draft, its versions and the diff between two of them. */
export function Draft({ c, changes }: { c: ConsultationDetail; changes: Changes }) {
  const { t } = useTranslation('consultations');
  const { language } = useLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const [text, setText] = useState(c.text);
  const [from, setFrom] = useState(String(Math.max(0, c.currentVersion - 1)));
  const [to, setTo] = useState(String(c.currentVersion));
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const numbers = [0, ...c.versions.map((v) => v.number).reverse()];
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('detail.version', { number: n }),
  }));
  const save = (event: FormEvent) => {
    event.preventDefault();
    changes.version.mutate(text, {
      onSuccess: (r) => toast.show(t('detail.versionSaved', { number: r.number })),
    });
  };
  return (
    <section className="consultation-section" aria-labelledby="c-draft">
      <h2 id="c-draft">{t('detail.draft')}</h2>
      {c.mayManage ? (
        <form className="stack" onSubmit={save}>
          {changes.version.isError ? (
            <Alert tone="error">{errorText(changes.version.error)}</Alert>
          ) : null}
          <TextArea
            label={t('detail.draftText')}
            value={text}
            rows={10}
            onChange={(e) => setText(e.target.value)}
          />
          <div>
            <Button type="submit" variant="primary" busy={changes.version.isPending}>
              {t('detail.saveVersion')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="consultation-text">{c.text || t('detail.noDraft')}</p>
      )}
      {c.versions.length > 0 ? (
        <>
          <h3>{t('detail.versions')}</h3>
          <ul>
            {c.versions.map((v) => (
              <li key={v.number}>
                {t('detail.versionBy', {
                  number: v.number,
                  by: v.savedBy,
                  at: formatDateTime(v.savedAt, language),
                })}
              </li>
            ))}
          </ul>
          <h3>{t('detail.compare')}</h3>
          <form
            className="consultation-filters"
            onSubmit={(e) => {
              e.preventDefault();
              setShown({ from: Number(from), to: Number(to) });
            }}
          >
            <Select
              label={t('detail.compareFrom')}
              value={from}
              options={options}
              onChange={(e) => setFrom(e.target.value)}
            />
            <Select
              label={t('detail.compareTo')}
              value={to}
              options={options}
              onChange={(e) => setTo(e.target.value)}
            />
            <Button type="submit">{t('detail.showDiff')}</Button>
          </form>
          {shown ? <DiffView id={c.id} from={shown.from} to={shown.to} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** The comments on the draft. */
export function Comments({
  c,
  changes,
  mayComment,
}: {
  c: ConsultationDetail;
  changes: Changes;
  mayComment: boolean;
}) {
  const { t } = useTranslation('consultations');
  const { language } = useLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    changes.comment.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        toast.show(t('detail.commentAdded'));
      },
    });
  };
  return (
    <section className="consultation-section" aria-labelledby="c-comments">
      <h2 id="c-comments">{t('detail.comments')}</h2>
      {c.comments.length === 0 ? <p>{t('detail.noComments')}</p> : null}
      <ul>
        {c.comments.map((m) => (
          <li key={m.id}>
            <strong>{m.authorName}</strong> ({formatDateTime(m.createdAt, language)}): {m.body}
          </li>
        ))}
      </ul>
      {mayComment && c.status === 'draft' ? (
        <form className="stack" onSubmit={submit}>
          {changes.comment.isError ? (
            <Alert tone="error">{errorText(changes.comment.error)}</Alert>
          ) : null}
          <TextArea
            label={t('detail.comment')}
            value={body}
            rows={3}
            onChange={(e) => setBody(e.target.value)}
          />
          <div>
            <Button type="submit" busy={changes.comment.isPending}>
              {t('detail.addComment')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
