import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, Button, EmptyState } from '../../ui/index';
import { QueryBlock } from '../meetings/QueryBlock';
import { abilitiesOf } from './agenda-rules';
import { AddItemDialog } from './AddItemDialog';
import { AgendaItemList } from './AgendaItemList';
import { useAgenda } from './agendas.api';
import { EditItemDialog } from './EditItemDialog';
import { PublishButton } from './PublishButton';
import { OverdueActionsSection } from '../actions/OverdueActionsSection';
import { ReviewPanel } from './ReviewPanel';
import { useIsSecretariat } from './use-secretariat';
import './agendas.css';

type Open = { kind: 'add' } | { kind: 'edit'; item: VisibleAgendaItem } | null;

function AgendaBody({
  agenda,
  meeting,
  secretariat,
}: {
  agenda: Agenda;
  meeting: MeetingDetail;
  secretariat: boolean;
}) {
  const { t } = useTranslation('agendas');
  const [open, setOpen] = useState<Open>(null);
  const can = abilitiesOf(agenda, secretariat);
  const cancelled = meeting.status === 'cancelled';
  return (
    <div className="stack">
      <div>
        <h2 className="mtg-h2">{t('ui.state', { status: t(`statuses.${agenda.status}`) })}</h2>
        <p className="muted">{t(`ui.stateHelp.${agenda.status}`)}</p>
      </div>
      {!agenda.itemsVisible ? <Alert tone="info">{t('ui.notVisible')}</Alert> : null}
      {can.build && !cancelled ? (
        <div className="button-row">
          <Button variant="primary" onClick={() => setOpen({ kind: 'add' })}>
            {t('ui.add.open')}
          </Button>
          {can.publish ? <PublishButton agenda={agenda} /> : null}
        </div>
      ) : null}
      {agenda.itemsVisible && agenda.items.length === 0 ? (
        <EmptyState title={t('ui.emptyTitle')}>
          <p>{can.build ? t('ui.emptyBuild') : t('ui.emptyRead')}</p>
        </EmptyState>
      ) : null}
      {agenda.items.length > 0 ? (
        <AgendaItemList
          agenda={agenda}
          canBuild={can.build}
          onEdit={(item) => setOpen({ kind: 'edit', item })}
        />
      ) : null}
      <OverdueActionsSection agenda={agenda} canBuild={can.build && !cancelled} />
      {agenda.status !== 'published' && (can.sendForReview || agenda.status === 'inReview') ? (
        <ReviewPanel agenda={agenda} meeting={meeting} abilities={can} />
      ) : null}
      {open?.kind === 'add' ? (
        <AddItemDialog meeting={meeting} agenda={agenda} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'edit' ? (
        <EditItemDialog
          meetingId={meeting.id}
          item={open.item}
          wording={can.build}
          recommendation={can.build || can.decide}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}

/** The agenda tab of a meeting: build, order, review and publish the agenda. */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('agendas');
  const agenda = useAgenda(meeting.id);
  const secretariat = useIsSecretariat();
  return (
    <QueryBlock query={agenda} loadingLabel={t('ui.loading')}>
      {(data) => <AgendaBody agenda={data} meeting={meeting} secretariat={secretariat} />}
    </QueryBlock>
  );
}
