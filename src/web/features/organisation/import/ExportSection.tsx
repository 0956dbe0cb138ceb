import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/index';
import { AsOfControl } from '../AsOfControl';
import { useAsOf } from '../as-of';
import { ExportYamlButton } from '../ExportYamlButton';
import { useCollaborations } from '../org.api';

/** Download a collaboration (as of the shown date) as a YAML organisation file. */
export function ExportSection() {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const list = useCollaborations(asOf.date);
  const items = list.data?.items ?? [];
  const [key, setKey] = useState('');
  const chosen = key || items[0]?.key || '';
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="import-export" className="org-section org-card">
      <h2 id="import-export">{t('import.exportHeading')}</h2>
      <p>{t('import.exportIntro')}</p>
      <AsOfControl />
      <div className="org-inline-form">
        <Select
          label={t('import.exportCollaboration')}
          value={chosen}
          onChange={(e) => setKey(e.target.value)}
          options={items.map((c) => ({ value: c.key, label: c.name }))}
        />
        {chosen ? <ExportYamlButton collaborationKey={chosen} /> : null}
      </div>
    </section>
  );
}
