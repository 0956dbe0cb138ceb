import { useTranslation } from 'react-i18next';

/** The wizard's steps in order. */
export const WIZARD_STEPS = ['source', 'model', 'preview', 'result'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Where the user is in the wizard: an ordered list, the current step marked for screen readers. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation('reorganisation');
  const at = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t('steps.label')}>
      <ol className="reform-steps">
        {WIZARD_STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === at ? 'step' : undefined}
            className={i === at ? 'is-current' : i < at ? 'is-done' : undefined}
          >
            {t(`steps.${step}`)}{' '}
            <span className="visually-hidden">
              {i === at ? t('steps.current') : i < at ? t('steps.done') : ''}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
