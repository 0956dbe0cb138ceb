import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsletterContent, NewsletterSection } from '../../../shared/newsletters.contract';
import { Button, ConfirmDialog, TextArea, TextField } from '../../ui/index';
import { addItem, move, removeItem, updateItem, updateSection } from './content-edit';

interface Props {
  content: NewsletterContent;
  section: NewsletterSection;
  index: number;
  onChange: (content: NewsletterContent) => void;
}

type Removal = { kind: 'section' } | { kind: 'item'; itemId: string; title: string };

/** One section: its heading, its items (title, text, link) with move and remove, add an item. */
export function SectionEditor({ content, section, index, onChange }: Props) {
  const { t } = useTranslation('newsletters');
  const [removal, setRemoval] = useState<Removal | null>(null);
  const headingId = `section-${section.id}`;
  const moveSection = (by: -1 | 1) =>
    onChange({ ...content, sections: move(content.sections, index, by) });
  const moveItem = (at: number, by: -1 | 1) =>
    onChange(updateSection(content, section.id, (s) => ({ ...s, items: move(s.items, at, by) })));
  const confirmRemoval = () => {
    if (!removal) return;
    onChange(
      removal.kind === 'section'
        ? { ...content, sections: content.sections.filter((s) => s.id !== section.id) }
        : removeItem(content, section.id, removal.itemId),
    );
    setRemoval(null);
  };
  return (
    <section className="newsletter-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('editor.section')} {index + 1}: {section.heading}
      </h3>
      <TextField
        label={t('editor.heading')}
        value={section.heading}
        maxLength={200}
        onChange={(e) =>
          onChange(updateSection(content, section.id, (s) => ({ ...s, heading: e.target.value })))
        }
      />
      <div className="newsletter-actions">
        <Button size="sm" onClick={() => moveSection(-1)} disabled={index === 0}>
          {t('editor.moveUp')}
        </Button>
        <Button
          size="sm"
          onClick={() => moveSection(1)}
          disabled={index === content.sections.length - 1}
        >
          {t('editor.moveDown')}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setRemoval({ kind: 'section' })}>
          {t('editor.remove')}
        </Button>
      </div>
      {section.items.length === 0 ? <p>{t('editor.emptySection')}</p> : null}
      <ol className="newsletter-items">
        {section.items.map((item, at) => (
          <li key={item.id} className="newsletter-item">
            <fieldset>
              <legend>{item.title || t('editor.newItem')}</legend>
              <TextField
                label={t('editor.itemTitle')}
                value={item.title}
                maxLength={300}
                onChange={(e) =>
                  onChange(updateItem(content, section.id, item.id, { title: e.target.value }))
                }
              />
              <TextArea
                label={t('editor.itemText')}
                value={item.text}
                rows={3}
                maxLength={5000}
                onChange={(e) =>
                  onChange(updateItem(content, section.id, item.id, { text: e.target.value }))
                }
              />
              <TextField
                label={t('editor.itemLink')}
                type="url"
                value={item.link ?? ''}
                onChange={(e) =>
                  onChange(
                    updateItem(content, section.id, item.id, { link: e.target.value || null }),
                  )
                }
              />
              <div className="newsletter-actions">
                <Button size="sm" onClick={() => moveItem(at, -1)} disabled={at === 0}>
                  {t('editor.moveUp')}
                </Button>
                <Button
                  size="sm"
                  onClick={() => moveItem(at, 1)}
                  disabled={at === section.items.length - 1}
                >
                  {t('editor.moveDown')}
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  onClick={() => setRemoval({ kind: 'item', itemId: item.id, title: item.title })}
                >
                  {t('editor.remove')}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={() => onChange(addItem(content, section.id, t('editor.newItem')))}>
        {t('editor.addItem')}
      </Button>
      <ConfirmDialog
        open={removal !== null}
        title={t('editor.remove')}
        confirmLabel={t('editor.remove')}
        onConfirm={confirmRemoval}
        onCancel={() => setRemoval(null)}
      >
        {removal?.kind === 'item'
          ? t('editor.removeItemConfirm', { title: removal.title })
          : t('editor.removeSectionConfirm', { heading: section.heading })}
      </ConfirmDialog>
    </section>
  );
}
