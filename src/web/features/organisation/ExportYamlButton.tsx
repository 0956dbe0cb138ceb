import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Button, useToast } from '../../ui/index';
import { useAsOf } from './as-of';
import { downloadBlob, fileNamePart } from './download';
import { fetchOrgFile } from './org-files.api';

/** "Hent som YAML-fil": the collaboration as of the shown date, as an organisation file. */
export function ExportYamlButton({ collaborationKey }: { collaborationKey: string }) {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      const text = await fetchOrgFile(collaborationKey, asOf.date);
      const name = `${fileNamePart(collaborationKey)}-${asOf.date}.yaml`;
      downloadBlob(new Blob([text], { type: 'text/yaml;charset=utf-8' }), name);
    } catch (error) {
      toast.show(`${t('collabNav.exportFailed')} ${errorText(error)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button busy={busy} onClick={() => void onClick()}>
      {t('collabNav.export')}
    </Button>
  );
}
