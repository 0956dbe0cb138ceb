import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/index';
import { ForumSelect } from './ForumSelect';
import type { ForumDirectory } from './org-lookup.api';

/** Props of {@link ForumMultiPicker}. */
export interface ForumMultiPickerProps {
  legend: string;
  hint?: string;
  value: readonly string[];
  onChange: (forumIds: string[]) => void;
  directory: ForumDirectory | undefined;
}

/** Several fora for one role (e.g. every cluster's forum): chosen ones with "Fjern", and "Tilføj". */
export function ForumMultiPicker({
  legend,
  hint,
  value,
  onChange,
  directory,
}: ForumMultiPickerProps) {
  const { t } = useTranslation('meetings');
  const [adding, setAdding] = useState('');
  const name = (id: string) => directory?.byId.get(id)?.name ?? t('list.unknownForum');
  return (
    <fieldset className="mtg-fieldset">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {value.length === 0 ? <p className="muted">{t('processPage.noForum')}</p> : null}
      <ul className="mtg-picked">
        {value.map((id) => (
          <li key={id}>
            {name(id)}{' '}
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('processPage.removeForum', { forum: name(id), role: legend })}
              onClick={() => onChange(value.filter((x) => x !== id))}
            >
              {t('processPage.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="mtg-picker-add">
        <ForumSelect
          label={t('processPage.addForum', { role: legend })}
          directory={directory}
          value={adding}
          onChange={setAdding}
          exclude={value}
          emptyOption={t('form.chooseForum')}
        />
        <Button
          onClick={() => {
            if (adding) onChange([...value, adding]);
            setAdding('');
          }}
        >
          {t('processPage.add')}
        </Button>
      </div>
    </fieldset>
  );
}
