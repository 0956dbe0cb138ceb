import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from '../../app/errors';
import { localeOf } from '../../format';
import type { AttachmentMeta, VisibleCase } from '../../../shared/cases.contract';
import { Button, ConfirmDialog, Table, useToast } from '../../ui/index';
import { DownloadButton } from '../meetings/DownloadButton';
import { useMeetingFormat } from '../meetings/use-format';
import { CASES_KEY } from './cases.api';
import { CaseUploadForm } from './CaseUploadForm';
import { formatSize } from './upload';

const enc = encodeURIComponent;

/**
 * The case's attachments: download, upload (checked for size and type first, with a progress
 * bar) and delete with a confirmation.
 */
export function CaseAttachments({ item, canEdit }: { item: VisibleCase; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const client = useQueryClient();
  const [deleting, setDeleting] = useState<AttachmentMeta | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: CASES_KEY });
  const remove = useMutation({
    mutationFn: (a: AttachmentMeta) =>
      api.delete(`/cases/${enc(item.id)}/attachments/${enc(a.id)}`, { body: { confirm: true } }),
    onSuccess: refresh,
  });

  return (
    <div className="stack">
      {item.attachments.length === 0 ? (
        <p className="muted">{t('files.none')}</p>
      ) : (
        <Table caption={t('files.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('files.file')}</th>
              <th scope="col">{t('files.size')}</th>
              <th scope="col">{t('files.uploadedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('files.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {item.attachments.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.fileName}</th>
                <td>{formatSize(a.sizeBytes, localeOf(format.language))}</td>
                <td>{format.dateTimeCompact(a.uploadedAt)}</td>
                <td className="button-row">
                  <DownloadButton
                    size="sm"
                    path={`/cases/${enc(item.id)}/attachments/${enc(a.id)}`}
                    fileName={a.fileName}
                    label={t('files.downloadNamed', { name: a.fileName })}
                  >
                    {t('files.download')}
                  </DownloadButton>
                  {canEdit ? (
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={t('files.deleteNamed', { name: a.fileName })}
                      onClick={() => setDeleting(a)}
                    >
                      {t('files.delete')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit ? <CaseUploadForm caseId={item.id} onUploaded={refresh} /> : null}
      {deleting ? (
        <ConfirmDialog
          open
          title={t('files.deleteTitle', { name: deleting.fileName })}
          confirmLabel={t('files.deleteConfirm')}
          busy={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onCancel={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            remove.mutate(deleting, {
              onSuccess: () => {
                toast.show(t('attachments.deleted'));
                setDeleting(null);
              },
            })
          }
        >
          <p>{t('files.deleteBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
