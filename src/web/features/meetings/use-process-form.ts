/** The process page's form state: template, anchor date, fora per role, times and place. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ProcessPreviewRequest,
  ProcessTemplateInput,
} from '../../../shared/meetings-planning.contract';
import { useForumDirectory, type ForumDirectory } from './org-lookup.api';

const KNOWN_ROLES = [
  'municipalClusters',
  'administrativeDialogueMeeting',
  'politicalDialogueMeeting',
  'kkr',
] as const;

/** The form's values, setters and the preview request they make. */
export interface ProcessFormState {
  template: ProcessTemplateInput | undefined;
  setTemplateKey: (key: string) => void;
  anchorDate: string;
  setAnchorDate: (date: string) => void;
  roles: Record<string, string[]>;
  setRoleFora: (role: string, forumIds: string[]) => void;
  start: string;
  setStart: (time: string) => void;
  end: string;
  setEnd: (time: string) => void;
  location: string;
  setLocation: (location: string) => void;
  /** The roles the template's steps ask a forum for. */
  roleNames: string[];
  roleLabel: (role: string) => string;
  /** The preview request, or null before the templates have loaded. */
  input: ProcessPreviewRequest | null;
  /** The fora valid on the anchor day (today until it is set): what the role pickers offer. */
  directory: ForumDirectory | undefined;
  /** The day `directory` is valid on. */
  directoryDate: string;
}

/** The process form over the loaded templates; the fora offered are those of the anchor day. */
export function useProcessForm(
  templates: readonly ProcessTemplateInput[] | undefined,
): ProcessFormState {
  const { t } = useTranslation('meetings');
  const [templateKey, setTemplateKey] = useState('');
  const [anchorDate, setAnchorDate] = useState('');
  const [roles, setRoles] = useState<Record<string, string[]>>({});
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const [location, setLocation] = useState('');
  const fora = useForumDirectory(undefined, anchorDate);
  const directory = fora.data;
  const template = templates?.find((x) => x.key === templateKey) ?? templates?.[0];
  const roleNames = [
    ...new Set(
      template?.steps.flatMap((s) => (s.forum.kind === 'role' ? [s.forum.role] : [])) ?? [],
    ),
  ];
  const roleLabel = (role: string) =>
    (KNOWN_ROLES as readonly string[]).includes(role)
      ? t(`processPage.roles.${role as (typeof KNOWN_ROLES)[number]}`)
      : role;
  const collaborationId = Object.values(roles)
    .flat()
    .map((id) => directory?.byId.get(id)?.collaborationId)
    .find(Boolean);
  const input = template
    ? {
        templateKey: template.key,
        ...(collaborationId ? { collaborationId } : {}),
        ...(anchorDate ? { anchorDate } : {}),
        forumsByRole: roles,
      }
    : null;
  return {
    template,
    setTemplateKey,
    anchorDate,
    setAnchorDate,
    roles,
    setRoleFora: (role, ids) => setRoles({ ...roles, [role]: ids }),
    start,
    setStart,
    end,
    setEnd,
    location,
    setLocation,
    roleNames,
    roleLabel,
    input,
    directory,
    directoryDate: fora.date,
  };
}
