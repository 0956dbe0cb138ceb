import { useTranslation } from 'react-i18next';
import type { CompositionRuleView } from '../../../../shared/organisation.contract';
import { Button, EmptyState, Table } from '../../../ui/index';
import { useOrgFormat } from '../org-format';
import { VerificationBadges } from '../VerificationBadges';

/** Props of {@link RulesTable}. */
export interface RulesTableProps {
  rules: readonly CompositionRuleView[];
  canEdit: boolean;
  onEnd: (rule: CompositionRuleView) => void;
}

/** The forum's composition rules valid on the day, each with its severity in words. */
export function RulesTable({ rules, canEdit, onEnd }: RulesTableProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (rules.length === 0) return <EmptyState title={t('forum.rules.empty')} />;
  return (
    <Table caption={t('forum.rules.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('forum.rules.rule')}</th>
          <th scope="col">{t('forum.rules.severity')}</th>
          <th scope="col">{t('forum.rules.since')}</th>
          {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id}>
            <th scope="row">
              {format.text(rule.label)}
              <VerificationBadges verification={rule.verification} />
            </th>
            <td>
              <span className={`org-badge org-badge-${rule.severity}`}>
                {t(
                  rule.severity === 'error'
                    ? 'edit.rule.severityError'
                    : 'edit.rule.severityWarning',
                )}
              </span>
            </td>
            <td>{format.day(rule.validFrom)}</td>
            {canEdit ? (
              <td>
                <Button
                  size="sm"
                  aria-label={t('edit.rule.endLabel', { rule: format.text(rule.label) })}
                  onClick={() => onEnd(rule)}
                >
                  {t('edit.rule.end')}
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
