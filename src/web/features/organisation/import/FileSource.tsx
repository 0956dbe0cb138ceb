import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui/index';

/** Props of {@link FileSource}. */
export interface FileSourceProps {
  text: string;
  onText: (text: string) => void;
  error?: string | undefined;
}

/** Step 1: a YAML file from the computer, or its content pasted. */
export function FileSource({ text, onText, error }: FileSourceProps) {
  const { t } = useTranslation('organisation');
  const fileId = useId();
  const [loaded, setLoaded] = useState<{ name: string; lines: number } | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setLoaded({ name: file.name, lines: content.split('\n').length });
    onText(content);
  };

  return (
    <div className="form">
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          {t('import.file')}
        </label>
        <div className="field-hint" id={`${fileId}-hint`}>
          {t('import.fileHint')}
        </div>
        <input
          id={fileId}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby={`${fileId}-hint`}
          onChange={(e) => void onFile(e)}
        />
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
