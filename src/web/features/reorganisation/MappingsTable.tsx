import { useTranslation } from 'react-i18next';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { Table } from '../../ui/index';
import {
  editMapping,
  nextSelection,
  proposedSelections,
  type MappingEdits,
} from './reform-request';

/** Props of {@link MappingsTable}. */
export interface MappingsTableProps {
  preview: ReformResult;
  edits: MappingEdits;
  onEdits: (edits: MappingEdits) => void;
  disabled?: boolean;
}

/**
 * Each old forum with its proposed successors (basis and shared municipalities), each editable
 * with a labelled multi-select of the successor model's fora. The first chosen takes the work.
 */
export function MappingsTable({ preview, edits, onEdits, disabled }: MappingsTableProps) {
  const { t } = useTranslation('reorganisation');
  const proposed = proposedSelections(preview);
  const nameOf = new Map(preview.candidates.map((c) => [c.key, c.name]));
  if (preview.mappings.length === 0) return <p className="muted">{t('preview.noMappings')}</p>;
  return (
    <Table caption={t('preview.mappingsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('preview.from')}</th>
          <th scope="col">{t('preview.to')}</th>
          <th scope="col">{t('preview.basis')}</th>
          <th scope="col">{t('preview.overlap')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.mappings.map((m) => {
          const fromId = m.from.id;
          const current = fromId ? (edits[fromId] ?? proposed[fromId] ?? []) : [];
          const edited = fromId !== null && edits[fromId] !== undefined;
          const selectId = `reform-successors-${m.from.key}`;
          const first = current[0];
          return (
            <tr key={m.from.key}>
              <th scope="row">{m.from.name}</th>
              <td>
                <label className="visually-hidden" htmlFor={selectId}>
                  {t('preview.successorsOf', { forum: m.from.name })}
                </label>
                <select
                  id={selectId}
                  className="input"
                  multiple
                  size={Math.min(6, Math.max(3, preview.candidates.length))}
                  value={[...current]}
                  disabled={disabled || fromId === null}
                  aria-describedby={`${selectId}-hint`}
                  onChange={(event) => {
                    if (fromId === null) return;
                    const chosen = Array.from(event.target.selectedOptions, (o) => o.value);
                    onEdits(editMapping(edits, preview, fromId, nextSelection(current, chosen)));
                  }}
                >
                  {preview.candidates.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id={`${selectId}-hint`}>
                  {first
                    ? t('preview.takesWork', { forum: nameOf.get(first) ?? first })
                    : t('preview.noSuccessor')}
                  {edited ? <strong> {t('preview.edited')}</strong> : null}
                </p>
              </td>
              <td>{t(`preview.bases.${edited ? 'manual' : m.basis}`)}</td>
              <td>
                {edited ? (
                  '–'
                ) : (
                  <ul className="reform-plain-list">
                    {m.to.map((s) => (
                      <li key={s.key}>
                        {s.name}: {s.overlap}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
