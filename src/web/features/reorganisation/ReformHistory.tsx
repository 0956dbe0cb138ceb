import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useErrorText } from '../../app/errors';
import { Alert, EmptyState, Table } from '../../ui/index';
import { useOrgFormat } from '../organisation/org-format';
import { useReorganisations } from './reorganisation.api';

/** The reorganisations carried out so far (hidden quietly while the route is not there yet). */
export function ReformHistory() {
  const { t } = useTranslation('reorganisation');
  const errorText = useErrorText();
  const format = useOrgFormat();
  const list = useReorganisations();
  const missing = list.error instanceof ApiError && [404, 405].includes(list.error.status);
  return (
    <section aria-labelledby="reform-history" className="org-section">
      <h2 id="reform-history">{t('history.heading')}</h2>
      {missing ? <p className="muted">{t('history.unavailable')}</p> : null}
      {list.isError && !missing ? <Alert tone="error">{errorText(list.error)}</Alert> : null}
      {list.isSuccess && list.data.items.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : null}
      {list.isSuccess && list.data.items.length > 0 ? (
        <Table caption={t('history.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('history.date')}</th>
              <th scope="col">{t('history.kind')}</th>
              <th scope="col">{t('history.sources')}</th>
              <th scope="col">{t('history.target')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((r) => (
              <tr key={r.id}>
                <td>{format.day(r.effectiveDate)}</td>
                <td>{t(`history.kinds.${r.kind}`)}</td>
                <td>{r.sources.map((s) => s.name).join(', ')}</td>
                <td>{r.target.name}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
