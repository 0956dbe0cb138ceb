import { useState } from 'react';
import { useErrorText } from '../../app/errors';
import { Button, useToast, type ButtonSize, type ButtonVariant } from '../../ui/index';
import { downloadFromApi } from './download';

/** Props of {@link DownloadButton}. */
export interface DownloadButtonProps {
  /** The API path, e.g. `/meetings/<id>/minutes.pdf`. */
  path: string;
  /** The file name when the server gives none. */
  fileName: string;
  /** The visible text, e.g. "Referat (PDF)". */
  children: string;
  /** A fuller accessible name when the text alone is ambiguous. */
  label?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A button that downloads a file from the API, busy while it loads; failures become a toast. */
export function DownloadButton({
  path,
  fileName,
  children,
  label,
  variant = 'secondary',
  size = 'md',
}: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const errorText = useErrorText();
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadFromApi(path, fileName);
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      size={size}
      busy={busy}
      aria-label={label}
      onClick={() => void onClick()}
    >
      {children}
    </Button>
  );
}
