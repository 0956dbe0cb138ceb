import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import { Button, ConfirmDialog, useToast } from '../../ui/index';
import { SoftButton } from '../meetings/SoftButton';
import { targetPosition } from './agenda-rules';
import { AgendaItemCard } from './AgendaItemCard';
import { useAgendaItems } from './agendas.api';

/** Props of {@link AgendaItemList}. */
export interface AgendaItemListProps {
  agenda: Agenda;
  canBuild: boolean;
  onEdit: (item: VisibleAgendaItem) => void;
}

/**
 * The numbered items. While building, each item has "Flyt op" / "Flyt ned" (explicit
 * positions; focus stays on the button pressed and the move is announced), "Ret punkt" and,
 * for an item without a case, "Fjern" with a confirmation.
 */
export function AgendaItemList({ agenda, canBuild, onEdit }: AgendaItemListProps) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const { move, remove } = useAgendaItems(agenda.meetingId);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<VisibleAgendaItem | null>(null);
  const count = agenda.items.length;

  const onMove = (item: VisibleAgendaItem, index: number, direction: -1 | 1) => {
    const position = targetPosition(index, count, direction);
    if (position === null) return;
    move.mutate(
      { itemId: item.id, position },
      {
        onSuccess: () => {
          setAnnouncement(t('ui.move.done', { title: item.title, position }));
          const id = `move-${direction < 0 ? 'up' : 'down'}-${item.id}`;
          requestAnimationFrame(() => document.getElementById(id)?.focus());
        },
        onError: (e) => toast.show(errorText(e), 'error'),
      },
    );
  };

  const comments = (itemId: string) => agenda.reviewComments.filter((c) => c.itemId === itemId);

  return (
    <>
      <ol className="agenda-items" aria-label={t('ui.listLabel')}>
        {agenda.items.map((item, index) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            comments={item.redacted ? [] : comments(item.id)}
            actions={
              canBuild && !item.redacted ? (
                <>
                  <SoftButton
                    id={`move-up-${item.id}`}
                    unavailable={index === 0 || move.isPending}
                    aria-label={t('ui.move.upNamed', { title: item.title })}
                    onClick={() => onMove(item, index, -1)}
                  >
                    {t('ui.move.up')}
                  </SoftButton>
                  <SoftButton
                    id={`move-down-${item.id}`}
                    unavailable={index === count - 1 || move.isPending}
                    aria-label={t('ui.move.downNamed', { title: item.title })}
                    onClick={() => onMove(item, index, 1)}
                  >
                    {t('ui.move.down')}
                  </SoftButton>
                  <Button
                    size="sm"
                    aria-label={t('ui.edit.openNamed', { title: item.title })}
                    onClick={() => onEdit(item)}
                  >
                    {t('ui.edit.open')}
                  </Button>
                  {item.caseId === null ? (
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={t('ui.remove.openNamed', { title: item.title })}
                      onClick={() => setRemoving(item)}
                    >
                      {t('ui.remove.open')}
                    </Button>
                  ) : null}
                </>
              ) : null
            }
          />
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {removing ? (
        <ConfirmDialog
          open
          title={t('ui.remove.title', { title: removing.title })}
          confirmLabel={t('ui.remove.confirm')}
          busy={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onCancel={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                toast.show(t('ui.remove.done', { title: removing.title }));
                setRemoving(null);
              },
            })
          }
        >
          <p>{t('ui.remove.body')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
