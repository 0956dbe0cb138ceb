/**
 * The organisation's changes (secretariat and up). Each call answers `{ item, newBreaches }`; a
 * change that would add composition breaches is refused with 409 `compositionBreach` unless the
 * body says `acknowledgeBreaches: true` (see `useOrgChange`).
 */
import { api } from '../../api/client';
import type {
  AppointmentView,
  BreachView,
  CompositionRuleView,
  ForumView,
  OfficeHoldingView,
  PersonView,
} from '../../../shared/organisation.contract';
import type {
  AppointRequest,
  CreatePersonRequest,
  CreateRuleRequest,
  EndRequest,
  StartOfficeHoldingRequest,
  UpdateForumRequest,
} from '../../../shared/organisation-requests.contract';

/** The answer to a change: the item and the breaches that were acknowledged. */
export interface ChangeResult<T> {
  item: T;
  newBreaches: BreachView[];
}

/** `acknowledgeBreaches` only when acknowledging, so a first attempt is always checked. */
function ack(acknowledge: boolean): { acknowledgeBreaches?: true } {
  return acknowledge ? { acknowledgeBreaches: true } : {};
}

const enc = encodeURIComponent;

/** The organisation change calls. */
export const orgChanges = {
  appoint: (body: AppointRequest, acknowledge: boolean) =>
    api.post<ChangeResult<AppointmentView>>('/org/appointments', { ...body, ...ack(acknowledge) }),
  endAppointment: (id: string, body: EndRequest, acknowledge: boolean) =>
    api.post<ChangeResult<AppointmentView>>(`/org/appointments/${enc(id)}/end`, {
      ...body,
      ...ack(acknowledge),
    }),
  startOffice: (body: StartOfficeHoldingRequest, acknowledge: boolean) =>
    api.post<ChangeResult<OfficeHoldingView>>('/org/office-holdings', {
      ...body,
      ...ack(acknowledge),
    }),
  endOffice: (id: string, body: EndRequest, acknowledge: boolean) =>
    api.post<ChangeResult<OfficeHoldingView>>(`/org/office-holdings/${enc(id)}/end`, {
      ...body,
      ...ack(acknowledge),
    }),
  addRule: (forumId: string, body: CreateRuleRequest, acknowledge: boolean) =>
    api.post<ChangeResult<CompositionRuleView>>(`/org/fora/${enc(forumId)}/rules`, {
      ...body,
      ...ack(acknowledge),
    }),
  endRule: (id: string, body: EndRequest, acknowledge: boolean) =>
    api.post<ChangeResult<CompositionRuleView>>(`/org/rules/${enc(id)}/end`, {
      ...body,
      ...ack(acknowledge),
    }),
  updateForum: (id: string, body: UpdateForumRequest, acknowledge: boolean) =>
    api.patch<ChangeResult<ForumView>>(`/org/fora/${enc(id)}`, { ...body, ...ack(acknowledge) }),
  createPerson: (body: CreatePersonRequest) => api.post<PersonView>('/org/persons', body),
};
