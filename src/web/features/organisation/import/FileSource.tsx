import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMegabytes, ORG_FILE_LIMITS } from '../../../../shared/org-file.limits';
import { TextArea } from '../../../ui/index';

/** Props of {@link FileSource}. */
export interface FileSourceProps {
  text: string;
  onText: (text: string) => void;
  error?: string | undefined;
}

/**
 * Step 1: a YAML file from the computer, or its content pasted. A file larger than the server
 * accepts (`ORG_FILE_LIMITS.maxBytes`) is refused here, before it is read.
 */
export function FileSource({ text, onText, error }: FileSourceProps) {
  const { t, i18n } = useTranslation('organisation');
  const fileId = useId();
  const [loaded, setLoaded] = useState<{ name: string; lines: number } | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const locale = i18n.language === 'en' ? 'en' : 'da';
  const max = formatMegabytes(ORG_FILE_LIMITS.maxBytes, locale);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setTooLarge(null);
    if (!file) return;
    if (file.size > ORG_FILE_LIMITS.maxBytes) {
      setLoaded(null);
      const size = formatMegabytes(file.size, locale);
      setTooLarge(t('import.tooLarge', { name: file.name, size, max }));
      return;
    }
    const content = await file.text();
    setLoaded({ name: file.name, lines: content.split('\n').length });
    onText(content);
  };

  return (
    <div className="form">
      <div className={`field${tooLarge ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={fileId}>
          {t('import.file')}
        </label>
        <div className="field-hint" id={`${fileId}-hint`}>
          {t('import.fileHint', { max })}
        </div>
        <input
          id={fileId}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby={`${fileId}-hint${tooLarge ? ` ${fileId}-error` : ''}`}
          aria-invalid={tooLarge ? true : undefined}
          onChange={(e) => void onFile(e)}
        />
        {tooLarge ? (
          <div className="field-error" id={`${fileId}-error`} role="alert">
            {tooLarge}
          </div>
        ) : null}
        {loaded ? (
          <p className="muted" role="status">
            {t('import.fileLoaded', { name: loaded.name, lines: loaded.lines })}
          </p>
        ) : null}
      </div>
      <TextArea
        label={t('import.text')}
        rows={12}
        value={text}
        onChange={(e) => onText(e.target.value)}
        spellCheck={false}
        className="org-yaml"
        error={error}
      />
    </div>
  );
}
