import { useTranslation } from 'react-i18next';
import type { OrgImportDiff } from '../../../../shared/org-file.contract';
import { Alert, Table } from '../../../ui/index';
import { useOrgFormat } from '../org-format';

function Keys({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation('organisation');
  if (keys.length === 0) return <>0</>;
  return (
    <details>
      <summary>
        {keys.length} <span className="visually-hidden">– </span>
        <span className="org-small">{t('import.details')}</span>
      </summary>
      <ul className="org-keys">
        {keys.map((k) => (
          <li key={k}>
            <code>{k}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import will do (or did): created, changed and ended per kind of element. */
export function ImportDiff({ diff }: { diff: OrgImportDiff }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const rows = diff.kinds.filter(
    (k) => k.created.length + k.changed.length + k.ended.length + k.missing.length > 0,
  );
  return (
    <div className="stack">
      <p>
        {t(
          diff.collaborationCreated ? 'import.collaborationCreated' : 'import.collaborationUpdated',
          {
            key: diff.collaborationKey,
          },
        )}{' '}
        {t('import.effectiveFrom', { date: format.day(diff.effectiveFrom) })}
      </p>
      {diff.noop ? <Alert tone="info">{t('import.noop')}</Alert> : null}
      <p className="org-summary">
        {t('import.totals', {
          created: diff.counts.created,
          changed: diff.counts.changed,
          ended: diff.counts.ended,
        })}
      </p>
      {rows.length > 0 ? (
        <Table caption={t('import.diffCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('import.kindColumn')}</th>
              <th scope="col">{t('import.created')}</th>
              <th scope="col">{t('import.changed')}</th>
              <th scope="col">{t('import.ended')}</th>
              <th scope="col">{t('import.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{t(`import.kinds.${k.kind}`)}</th>
                <td>
                  <Keys keys={k.created} />
                </td>
                <td>
                  <Keys
                    keys={k.changed.map((c) =>
                      t('import.changedFields', { key: c.key, fields: c.fields.join(', ') }),
                    )}
                  />
                </td>
                <td>
                  <Keys keys={k.ended} />
                </td>
                <td>
                  <Keys keys={k.missing} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {diff.skippedFacts > 0 ? (
        <p className="muted">{t('import.skippedFacts', { count: diff.skippedFacts })}</p>
      ) : null}
    </div>
  );
}
