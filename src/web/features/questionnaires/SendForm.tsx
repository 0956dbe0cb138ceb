/**
 * Sending a draft: the deadline, the municipalities (each party's contact is found from its
 * office holders; the secretariat may pick a person instead) and further persons. The personal
 * links are shown once after sending.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, todayInDenmark } from '../../../shared/dates';
import type { QuestionnaireDetail } from '../../../shared/questionnaires.contract';
import { Alert, Button, TextField } from '../../ui/index';
import { PersonSearch } from '../meetings/PersonSearch';
import { useOverview } from '../transfers/transfers.api';
import { errorText, useSend } from './questionnaires.api';

export function SendForm({
  questionnaire,
  onSent,
}: {
  questionnaire: QuestionnaireDetail;
  onSent: (links: { recipientId: string; personName: string; url: string }[]) => void;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const today = todayInDenmark();
  const overview = useOverview(questionnaire.collaborationId, today);
  const [deadline, setDeadline] = useState(addDays(today, 14));
  const [partyIds, setPartyIds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [person, setPerson] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = useSend(questionnaire.id);
  const municipalities = (overview.data?.parties ?? []).filter((p) => p.kind === 'municipality');
  const toggle = (id: string) =>
    setPartyIds((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]));

  return (
    <section aria-labelledby="q-send" className="q-section">
      <h2 id="q-send">{t('send.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const recipients = [
            ...partyIds.map((partyId) => ({ partyId, personId: null })),
            ...personIds.map((personId) => ({ personId, partyId: null })),
          ];
          setEmpty(recipients.length === 0);
          if (!recipients.length) return;
          send.mutate({ deadline, recipients }, { onSuccess: (r) => onSent(r.links) });
        }}
      >
        <TextField
          label={t('send.deadline')}
          type="date"
          value={deadline}
          min={today}
          required
          onChange={(e) => setDeadline(e.target.value)}
        />
        <fieldset className="q-fieldset">
          <legend>{t('send.parties')}</legend>
          <p className="q-hint">{t('send.autoContact')}</p>
          <ul className="q-checklist">
            {municipalities.map((p) => (
              <li key={p.entityId}>
                <label>
                  <input
                    type="checkbox"
                    checked={partyIds.includes(p.entityId)}
                    onChange={() => toggle(p.entityId)}
                  />{' '}
                  {p.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="q-fieldset">
          <legend>{t('send.persons')}</legend>
          <PersonSearch value={person} onChange={setPerson} />
          <Button
            disabled={!person || personIds.includes(person)}
            onClick={() => {
              setPersonIds((all) => [...all, person]);
              setPerson('');
            }}
          >
            {t('send.addPerson')}
          </Button>
          {personIds.length ? (
            <p>
              {t('send.persons')}: {personIds.length}
            </p>
          ) : null}
        </fieldset>
        {empty ? <Alert tone="error">{t('send.none')}</Alert> : null}
        {send.error ? <Alert tone="error">{errorText(send.error, i18n.language)}</Alert> : null}
        <Button type="submit" variant="primary" busy={send.isPending}>
          {t('send.submit')}
        </Button>
      </form>
    </section>
  );
}
