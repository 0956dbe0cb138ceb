import { useTranslation } from 'react-i18next';
import type { FileRowError } from '../../../shared/plan-indicators.contract';
import { Alert, Table } from '../../ui/index';

/** An import's per-row errors (Danish or English as the user reads), as a table. */
export function RowErrors({ errors }: { errors: readonly FileRowError[] }) {
  const { t, i18n } = useTranslation('plansUi');
  if (errors.length === 0) return null;
  return (
    <Alert tone="error" title={t('importValues.errorsTitle')}>
      <Table caption={t('importValues.errorsCaption')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('importValues.row')}</th>
            <th scope="col">{t('importValues.column')}</th>
            <th scope="col">{t('importValues.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.sheet ?? ''}-${e.row}-${i}`}>
              <td>
                {e.sheet ? `${e.sheet} ` : ''}
                {e.row}
              </td>
              <td>{e.column ?? t('dash')}</td>
              <td>{i18n.language === 'en' ? e.messageEn : e.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Alert>
  );
}

/** A labelled file input for XLSX/CSV. */
export function SheetInput({
  id,
  label,
  hint,
  onFile,
}: {
  id: string;
  label: string;
  hint: string;
  onFile: (file: File | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv"
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
