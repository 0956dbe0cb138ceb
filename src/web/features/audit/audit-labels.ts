/** Readable names for the codes in the audit log; a code without a translation shows as is. */
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../app/i18n';

/** Labels for action and entity-type codes in the current language. */
export function useAuditLabels(): {
  action: (code: string) => string;
  entityType: (code: string) => string;
} {
  const { i18n } = useTranslation('audit');
  const language = languageOf(i18n);
  const lookup = (group: 'actions' | 'entityTypes', code: string): string => {
    for (const lng of [language, 'da']) {
      const value: unknown = i18n.getResource(lng, 'audit', `${group}.${code}`);
      if (typeof value === 'string') return value;
    }
    return code;
  };
  return {
    action: (code) => lookup('actions', code),
    entityType: (code) => lookup('entityTypes', code),
  };
}
