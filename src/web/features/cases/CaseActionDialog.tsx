import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { CaseStepView, VisibleCase } from '../../../shared/cases.contract';
import { Select, useToast } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';
import { ForumSelect } from '../meetings/ForumSelect';
import type { ForumDirectory } from '../meetings/org-lookup.api';
import { earlierForaOf } from './case-steps';
import { useCaseMove } from './cases.api';
import { CaseMoveDialog } from './CaseMoveDialog';
import { PlaceDialog } from './PlaceDialog';

/** A move on a case that needs a dialog. */
export type CaseActionKind =
  'place' | 'recommend' | 'decide' | 'sendBack' | 'escalate' | 'addStep' | 'withdraw';

/** Props of {@link CaseActionDialog}. */
export interface CaseActionDialogProps {
  kind: CaseActionKind;
  step: CaseStepView | null;
  item: VisibleCase;
  directory: ForumDirectory | undefined;
  onClose: () => void;
}

/** Sends a move and closes the dialog on success, with a toast. */
function useMove(item: VisibleCase, step: CaseStepView | null, onClose: () => void) {
  const toast = useToast();
  const errorText = useErrorText();
  const move = useCaseMove<{ path: string; body: unknown }>(
    item.id,
    (v) => v.path,
    (v) => v.body,
  );
  return {
    busy: move.isPending,
    error: move.error ? errorText(move.error) : null,
    onClose,
    stepPath: (action: string) => `steps/${encodeURIComponent(step?.id ?? '')}/${action}`,
    run: (path: string, body: unknown, done: string) =>
      move.mutate(
        { path, body },
        {
          onSuccess: () => {
            toast.show(done);
            onClose();
          },
        },
      ),
  };
}

/** Moves that name a forum: send back (to an earlier one), escalate, add a forum. */
function ForumMoveDialog({ kind, step, item, directory, onClose }: CaseActionDialogProps) {
  const { t } = useTranslation('cases');
  const { stepPath, run, ...common } = useMove(item, step, onClose);
  const earlier = step ? earlierForaOf(item, step.id) : [];
  const [forumId, setForumId] = useState(kind === 'sendBack' ? (earlier[0] ?? '') : '');
  const [checked, setChecked] = useState(false);
  const name = (id: string) =>
    item.steps.find((s) => s.forumId === id)?.forumName ??
    (id === item.raisedInForumId ? item.raisedInForumName : null) ??
    t('ui.unknownForum');
  const ready = () => {
    setChecked(true);
    return Boolean(forumId);
  };
  const forumError = checked && !forumId ? t('actions.forumRequired') : undefined;
  if (kind === 'sendBack')
    return (
      <CaseMoveDialog
        {...common}
        title={t('actions.sendBackTitle')}
        intro={t('actions.sendBackIntro')}
        textLabel={t('actions.reason')}
        confirmLabel={t('actions.sendBack')}
        ready={ready}
        onSubmit={(reason) =>
          run(stepPath('send-back'), { reason, toForumId: forumId }, t('actions.sentBack'))
        }
      >
        <Select
          label={t('actions.toForum')}
          value={forumId}
          onChange={(e) => setForumId(e.target.value)}
          options={earlier.map((id) => ({ value: id, label: name(id) }))}
          error={forumError}
        />
      </CaseMoveDialog>
    );
  const escalate = kind === 'escalate';
  return (
    <CaseMoveDialog
      {...common}
      title={t(escalate ? 'actions.escalateTitle' : 'actions.addStepTitle')}
      intro={t(escalate ? 'actions.escalateIntro' : 'actions.addStepIntro')}
      textLabel={escalate ? t('actions.reason') : undefined}
      confirmLabel={t(escalate ? 'actions.escalate' : 'actions.addStep')}
      ready={ready}
      onSubmit={(reason) =>
        escalate
          ? run(stepPath('escalate'), { toForumId: forumId, reason }, t('actions.escalated'))
          : run('steps', { forumId }, t('actions.stepAdded'))
      }
    >
      <ForumSelect
        label={t('actions.toForum')}
        directory={directory}
        value={forumId}
        onChange={setForumId}
        emptyOption={t('ui.route.choose')}
        error={forumError}
      />
    </CaseMoveDialog>
  );
}

/** The dialog of one move on the case; it sends the move and closes on success. */
export function CaseActionDialog(props: CaseActionDialogProps) {
  const { kind, step, item, onClose } = props;
  const { t } = useTranslation('cases');
  const { stepPath, run, ...common } = useMove(item, step, onClose);
  const [final, setFinal] = useState(false);
  const forumName = step?.forumName ?? t('ui.unknownForum');

  if (kind === 'sendBack' || kind === 'escalate' || kind === 'addStep')
    return <ForumMoveDialog {...props} />;
  if (kind === 'place' && step)
    return (
      <PlaceDialog
        {...common}
        forumId={step.forumId}
        forumName={forumName}
        onPlace={(meetingId) => run(stepPath('place'), { meetingId }, t('actions.placed'))}
      />
    );
  if (kind === 'recommend' || kind === 'decide')
    return (
      <CaseMoveDialog
        {...common}
        title={t(`actions.${kind}Title`, { forum: forumName })}
        intro={t(`actions.${kind}Intro`)}
        textLabel={t(`actions.${kind}Text`)}
        initialText={step?.recommendation ?? ''}
        confirmLabel={t(`actions.${kind}`)}
        onSubmit={(text) =>
          kind === 'recommend'
            ? run(stepPath('recommendation'), { text }, t('actions.recommended'))
            : run(stepPath('decision'), { text, final }, t('actions.decided'))
        }
      >
        {kind === 'decide' ? (
          <Checkbox
            label={t('actions.final')}
            hint={t('actions.finalHint')}
            checked={final}
            onChange={(e) => setFinal(e.target.checked)}
          />
        ) : null}
      </CaseMoveDialog>
    );
  return (
    <CaseMoveDialog
      {...common}
      tone="danger"
      title={t('actions.withdrawTitle', { title: item.title })}
      intro={t('actions.withdrawIntro')}
      textLabel={t('actions.reason')}
      confirmLabel={t('actions.withdraw')}
      onSubmit={(reason) => run('withdraw', { reason }, t('actions.withdrawn'))}
    />
  );
}
