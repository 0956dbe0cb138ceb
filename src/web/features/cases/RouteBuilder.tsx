import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import type { ForumDirectory } from '../meetings/org-lookup.api';
import { SoftButton } from '../meetings/SoftButton';
import { adjacentDuplicates, addEntry, moveEntry, removeEntry } from './route-builder';

/** One forum on the route, with a stable key. */
export interface RouteEntry {
  key: number;
  forumId: string;
}

/** Props of {@link RouteBuilder}. */
export interface RouteBuilderProps {
  value: readonly RouteEntry[];
  onChange: (route: RouteEntry[]) => void;
  directory: ForumDirectory | undefined;
  error?: string | undefined;
}

let nextKey = 1;
/** A new route entry for a forum. */
export function routeEntry(forumId: string): RouteEntry {
  nextKey += 1;
  return { key: nextKey, forumId };
}

/**
 * The ordered chain of fora the case travels (e.g. cluster → officials' committee → TSS → SSU).
 * Every step has "Flyt op", "Flyt ned" and "Fjern" (keyboard focus stays on the moved step and
 * the change is announced); "Tilføj forum" appends one.
 */
export function RouteBuilder({ value, onChange, directory, error }: RouteBuilderProps) {
  const { t } = useTranslation('cases');
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const name = (forumId: string) => directory?.byId.get(forumId)?.name ?? t('ui.unknownForum');
  const duplicates = adjacentDuplicates(value.map((e) => e.forumId));

  const move = (index: number, direction: -1 | 1) => {
    const entry = value[index];
    const target = index + direction;
    if (!entry || target < 0 || target >= value.length) return;
    onChange(moveEntry(value, index, direction));
    setAnnouncement(t('ui.route.moved', { forum: name(entry.forumId), position: target + 1 }));
    const id = `route-${direction < 0 ? 'up' : 'down'}-${entry.key}`;
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const remove = (index: number) => {
    const entry = value[index];
    if (!entry) return;
    onChange(removeEntry(value, index));
    setAnnouncement(t('ui.route.removed', { forum: name(entry.forumId) }));
    requestAnimationFrame(() => document.getElementById('route-add')?.focus());
  };
  const add = () => {
    if (!adding) return;
    onChange(addEntry(value, routeEntry(adding)));
    setAnnouncement(t('ui.route.added', { forum: name(adding), position: value.length + 1 }));
    setAdding('');
  };

  return (
    <fieldset className="case-route" aria-describedby="route-help">
      <legend>{t('ui.route.legend')}</legend>
      <p id="route-help" className="field-hint">
        {t('ui.route.help')}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      {value.length === 0 ? <p className="muted">{t('ui.route.empty')}</p> : null}
      <ol className="case-route-list">
        {value.map((entry, index) => {
          const forum = name(entry.forumId);
          return (
            <li key={entry.key} className="case-route-step">
              <span className="case-route-name">
                {forum}
                {duplicates.includes(index + 1) ? (
                  <span className="field-error"> {t('ui.route.duplicate')}</span>
                ) : null}
              </span>
              <span className="button-row">
                <SoftButton
                  id={`route-up-${entry.key}`}
                  unavailable={index === 0}
                  aria-label={t('ui.route.upNamed', { forum, position: index + 1 })}
                  onClick={() => move(index, -1)}
                >
                  {t('ui.route.up')}
                </SoftButton>
                <SoftButton
                  id={`route-down-${entry.key}`}
                  unavailable={index === value.length - 1}
                  aria-label={t('ui.route.downNamed', { forum, position: index + 1 })}
                  onClick={() => move(index, 1)}
                >
                  {t('ui.route.down')}
                </SoftButton>
                <SoftButton
                  variant="ghost"
                  aria-label={t('ui.route.removeNamed', { forum, position: index + 1 })}
                  onClick={() => remove(index)}
                >
                  {t('ui.route.remove')}
                </SoftButton>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="case-route-add">
        <ForumSelect
          label={t('ui.route.add')}
          directory={directory}
          value={adding}
          onChange={setAdding}
          emptyOption={t('ui.route.choose')}
        />
        <Button id="route-add" onClick={add}>
          {t('ui.route.addButton')}
        </Button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
