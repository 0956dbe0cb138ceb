import { useTranslation } from 'react-i18next';
import type { OrgImportResult } from '../../../../shared/org-file.contract';
import { useErrorText } from '../../../app/errors';
import { Alert, Button } from '../../../ui/index';
import { WorkStatus } from './WorkStatus';
import { useAsOf } from '../as-of';
import { useCollaborations } from '../org.api';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';
import { ImportDiff } from './ImportDiff';
import { ProblemList } from './ProblemList';
import type { OrgFileProblem } from '../../../../shared/org-file.contract';

/** Props of {@link DiffResult}. */
export interface DiffResultProps {
  preview: OrgImportResult;
  /** The real import's answer, once done. */
  done: OrgImportResult | undefined;
  importing: boolean;
  error: unknown;
  /** Problems of a refused import (422), located in the file. */
  problems: readonly OrgFileProblem[];
  onImport: () => void;
}

/** Step 3: what the import will change, "Importér" with a progress bar, and the outcome. */
export function DiffResult({
  preview,
  done,
  importing,
  error,
  problems,
  onImport,
}: DiffResultProps) {
  const { t } = useTranslation('organisation');
  const errorText = useErrorText();
  const asOf = useAsOf();
  const list = useCollaborations(asOf.date);
  const diff = done?.diff;
  const imported = diff ? list.data?.items.find((c) => c.key === diff.collaborationKey) : undefined;
  return (
    <section aria-labelledby="import-diff" className="org-section org-card">
      <h2 id="import-diff">{t('import.diffHeading')}</h2>
      <ImportDiff diff={preview.diff} />
      {!preview.diff.noop && !diff ? (
        <div className="button-row">
          <Button variant="primary" busy={importing} aria-busy={importing} onClick={onImport}>
            {t('import.confirm')}
          </Button>
        </div>
      ) : null}
      <WorkStatus active={importing} label={t('import.importing')} />
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      <ProblemList
        tone="error"
        problems={problems}
        heading={t('import.errorsHeading', { count: problems.length })}
      />
      {diff ? (
        <Alert
          tone="success"
          action={
            <OrgLink
              to={imported ? orgPaths.collaboration(imported.entityId) : orgPaths.home}
              className="btn btn-secondary"
            >
              {t('import.openCollaboration')}
            </OrgLink>
          }
        >
          {t('import.done', {
            created: diff.counts.created,
            changed: diff.counts.changed,
            ended: diff.counts.ended,
          })}
        </Alert>
      ) : null}
    </section>
  );
}
