import { useTranslation } from 'react-i18next';
import {
  REFORM_COUNT_KINDS,
  type ReformCount,
  type ReformCountKind,
} from '../../../shared/reorganisation.contract';
import { Table } from '../../ui/index';

const isKnown = (kind: string): kind is ReformCountKind =>
  (REFORM_COUNT_KINDS as readonly string[]).includes(kind);

/** Open work per kind before and after; a row whose numbers differ is marked. */
export function CountsTable({
  counts,
  captionHidden,
}: {
  counts: readonly ReformCount[];
  captionHidden?: boolean;
}) {
  const { t } = useTranslation('reorganisation');
  return (
    <Table caption={t('preview.countsCaption')} captionHidden={captionHidden}>
      <thead>
        <tr>
          <th scope="col">{t('preview.kind')}</th>
          <th scope="col" className="num">
            {t('preview.before')}
          </th>
          <th scope="col" className="num">
            {t('preview.after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.kind} className={c.before !== c.after ? 'reform-mismatch' : undefined}>
            <th scope="row">{isKnown(c.kind) ? t(`preview.kinds.${c.kind}`) : c.kind}</th>
            <td className="num">{c.before}</td>
            <td className="num">{c.after}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
