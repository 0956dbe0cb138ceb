import type { PartyView } from '../../../../shared/organisation.contract';

/** Props of {@link PartyChecklist}. */
export interface PartyChecklistProps {
  legend: string;
  parties: readonly PartyView[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Several parties as checkboxes in a fieldset (a native multi-select is hard by keyboard). */
export function PartyChecklist({ legend, parties, value, onChange }: PartyChecklistProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="org-fieldset">
      <legend>{legend}</legend>
      <div className="org-checklist">
        {parties.map((p) => (
          <label key={p.entityId} className="org-choice">
            <input
              type="checkbox"
              checked={value.includes(p.entityId)}
              onChange={(e) => toggle(p.entityId, e.target.checked)}
            />{' '}
            {p.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
