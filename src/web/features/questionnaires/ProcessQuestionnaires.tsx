/**
 * The questionnaires of a dated process (KL's baseline for seed 003's process) and who has
 * answered ("12 af 29 kommuner har svaret"), shown on the process's meetings and after creating
 * the process; the secretariat can create KL's baseline linked to the process's baseline step.
 */
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import {
  errorText,
  questionnairePages,
  useCreateFromTemplate,
  useProcessQuestionnaires,
} from './questionnaires.api';

/** The baseline step of KL's process template (seed 003). */
const BASELINE_STEP = 'administrativt-dialogmoede';

export function ProcessQuestionnaires({
  processInstanceId,
  collaborationId,
}: {
  processInstanceId: string;
  collaborationId: string | null;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const role = useMe().user.role;
  const secretariat = role === 'secretariat' || role === 'admin';
  const status = useProcessQuestionnaires(processInstanceId);
  const create = useCreateFromTemplate();
  const items = status.data?.items ?? [];
  if (!items.length && !(secretariat && collaborationId)) return null;
  return (
    <section aria-labelledby="q-process" className="q-section">
      <h2 id="q-process">{t('title')}</h2>
      <ul className="q-status-list">
        {items.map((i) => {
          return (
            <li key={i.questionnaireId}>
              {secretariat ? (
                <Link to={questionnairePages.detail(i.questionnaireId)}>{i.title}</Link>
              ) : (
                i.title
              )}
              {': '}
              <strong>{t('partiesAnswered', { answered: i.answered, total: i.recipients })}</strong>
              {i.missingParties.length ? (
                <details>
                  <summary>{t('results.answeredNo')}</summary>
                  {i.missingParties.join(', ')}
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {secretariat && collaborationId && items.length === 0 ? (
        <Button
          busy={create.isPending}
          onClick={() =>
            create.mutate(
              {
                collaborationId,
                template: 'klBaseline',
                processInstanceId,
                processStepKey: BASELINE_STEP,
              },
              { onSuccess: (q) => void navigate(questionnairePages.detail(q.id)) },
            )
          }
        >
          {t('createKl')}
        </Button>
      ) : null}
      {create.error ? <Alert tone="error">{errorText(create.error, i18n.language)}</Alert> : null}
    </section>
  );
}
