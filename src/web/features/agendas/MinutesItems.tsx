import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import { Button, EmptyState } from '../../ui/index';
import { AddActionDialog } from '../actions/AddActionDialog';
import { useIsSecretariat } from './use-secretariat';
import { AgendaItemCard } from './AgendaItemCard';
import { DecisionDialog } from './DecisionDialog';
import { EditItemDialog } from './EditItemDialog';

/** Props of {@link MinutesItems}. */
export interface MinutesItemsProps {
  agenda: Agenda;
  /** May record decisions and change recommendations (the minutes are a draft). */
  canDecide: boolean;
}

/** The items of the minutes, each with its decision; "Skriv beslutning" while a draft. */
export function MinutesItems({ agenda, canDecide }: MinutesItemsProps) {
  const { t } = useTranslation(['agendas', 'actions']);
  const secretariat = useIsSecretariat();
  const [open, setOpen] = useState<{
    kind: 'decide' | 'recommend' | 'action';
    item: VisibleAgendaItem;
  } | null>(null);
  return (
    <section className="stack" aria-labelledby="minutes-items">
      <h3 id="minutes-items">{t('ui.minutes.itemsHeading')}</h3>
      {agenda.items.length === 0 ? <EmptyState title={t('ui.emptyTitle')} /> : null}
      <ol className="agenda-items" aria-labelledby="minutes-items">
        {agenda.items.map((item) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            actions={
              !item.redacted && (canDecide || (secretariat && item.decision && !item.closed)) ? (
                <>
                  {canDecide ? (
                    <Button
                      size="sm"
                      variant="primary"
                      aria-label={t('ui.decision.openNamed', { title: item.title })}
                      onClick={() => setOpen({ kind: 'decide', item })}
                    >
                      {item.decision ? t('ui.decision.change') : t('ui.decision.open')}
                    </Button>
                  ) : null}
                  {canDecide ? (
                    <Button
                      size="sm"
                      aria-label={t('ui.fields.recommendationNamed', { title: item.title })}
                      onClick={() => setOpen({ kind: 'recommend', item })}
                    >
                      {t('ui.fields.recommendationOpen')}
                    </Button>
                  ) : null}
                  {secretariat && item.decision && !item.closed ? (
                    <Button
                      size="sm"
                      aria-label={`${t('actions:add.open')}: ${item.title}`}
                      onClick={() => setOpen({ kind: 'action', item })}
                    >
                      {t('actions:add.open')}
                    </Button>
                  ) : null}
                </>
              ) : null
            }
          />
        ))}
      </ol>
      {open?.kind === 'decide' ? (
        <DecisionDialog
          meetingId={agenda.meetingId}
          item={open.item}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'action' ? (
        <AddActionDialog
          meetingId={agenda.meetingId}
          item={open.item}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'recommend' ? (
        <EditItemDialog
          meetingId={agenda.meetingId}
          item={open.item}
          wording={false}
          recommendation
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
