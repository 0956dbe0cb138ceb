/**
 * One word for one state: the agenda and minutes documents (and the e-mails that announce
 * them) name a state exactly as the UI does. The UI said "Udsendt" while the DOCX said
 * "Offentliggjort"; here every document text is checked against the UI's state labels.
 */
import { describe, expect, it } from 'vitest';
import { AGENDA_STATUSES, MINUTES_STATUSES } from '../../../shared/agendas.enums';
import type { TranslationTree } from '../../../shared/i18n/index';
import { documents } from '../../../shared/i18n/documents';
import { notifications } from '../../../shared/i18n/notifications';
import { translate } from '../../../shared/i18n/translate';
import { statusLine } from './documents.model';

/** Every text of a tree with its dotted key. */
function texts(tree: TranslationTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value, `${prefix}${key}.`),
  );
}

const ui = (key: string) => translate('agendas', key, 'da');
const documentTexts = [
  ...texts(documents.da as unknown as TranslationTree, 'documents:'),
  ...texts(notifications.da as unknown as TranslationTree, 'notifications:'),
];

describe('documents name states as the UI does', () => {
  it.each(AGENDA_STATUSES.map((s) => [s]))('agenda status %s', (status) => {
    expect(statusLine('agenda', { status, minutesStatus: 'draft' })).toBe(ui(`statuses.${status}`));
  });

  it.each(MINUTES_STATUSES.map((s) => [s]))('minutes status %s', (status) => {
    expect(statusLine('minutes', { status: 'published', minutesStatus: status })).toBe(
      ui(`minutesStatuses.${status}`),
    );
  });

  it('says "udsendt" wherever a document or e-mail speaks of the published agenda', () => {
    const word = ui('statuses.published').toLowerCase();
    expect(word).toBe('udsendt');
    const aboutPublishing = documentTexts.filter(([key]) =>
      /published|minutesNotAvailable/i.test(key),
    );
    expect(aboutPublishing.length).toBeGreaterThanOrEqual(3);
    for (const [key, text] of aboutPublishing.filter(([k]) => !k.endsWith('.action'))) {
      expect(text.toLowerCase(), key).toContain(word);
    }
  });

  it('uses no other word for the published state', () => {
    // "Offentliggjort" named the UI's "Udsendt" in documents and e-mails.
    const other = /offentligg/i;
    expect(other.test('Dagsordenen er endnu ikke offentliggjort.')).toBe(true);
    expect(documentTexts.filter(([, text]) => other.test(text))).toEqual([]);
  });
});
