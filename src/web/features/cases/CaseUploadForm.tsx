import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Button, ProgressBar, useToast } from '../../ui/index';
import { ALLOWED_EXTENSIONS, fileProblem, uploadAttachment } from './upload';

/** Props of {@link CaseUploadForm}. */
export interface CaseUploadFormProps {
  caseId: string;
  /** After a successful upload (refresh the case). */
  onUploaded: () => Promise<unknown>;
}

/**
 * Adds an attachment: the file is checked for type and size in the browser first (the same
 * limits as the server, in Danish words), then sent with a progress bar; the server's own
 * refusals show the same way.
 */
export function CaseUploadForm({ caseId, onUploaded }: CaseUploadFormProps) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setProblem(t('attachments.missingFile'));
    const found = fileProblem(file);
    if (found?.code === 'tooLarge')
      return setProblem(t('attachments.tooLarge', { maxMb: found.maxMb }));
    if (found) return setProblem(t(`attachments.${found.code}`));
    setProblem(null);
    setProgress(0);
    try {
      await uploadAttachment(caseId, file, setProgress);
      toast.show(t('files.uploaded', { name: file.name }));
      if (input.current) input.current.value = '';
      await onUploaded();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="case-upload stack" noValidate onSubmit={(e) => void onUpload(e)}>
      <div className={`field${problem ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor="case-upload-file">
          {t('files.choose')}
        </label>
        <div className="field-hint" id="case-upload-hint">
          {t('files.hint', { types: ALLOWED_EXTENSIONS.join(', ').toUpperCase() })}
        </div>
        {problem ? (
          <div className="field-error" id="case-upload-error" role="alert">
            {problem}
          </div>
        ) : null}
        <input
          ref={input}
          id="case-upload-file"
          type="file"
          className="input"
          accept={ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',')}
          aria-describedby={`case-upload-hint${problem ? ' case-upload-error' : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={() => setProblem(null)}
        />
      </div>
      {progress !== null ? <ProgressBar label={t('files.uploading')} value={progress} /> : null}
      <div className="button-row">
        <Button type="submit" busy={progress !== null}>
          {t('files.upload')}
        </Button>
      </div>
    </form>
  );
}
