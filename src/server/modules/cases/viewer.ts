/**
 * The viewer of a read: who is asking, so that closed items and confidential cases are served
 * as placeholders to everyone who is not a member of the forum (see visibility.service.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/roles';
import { AppError } from '../../platform/errors';

/** Who reads or changes something. */
export interface Viewer {
  userId: string;
  name: string;
  role: Role;
}

/**
 * The viewer behind an authenticated request (every case and agenda route requires one), with
 * the role they have where the call acts (their scopes decide it: see modules/access).
 */
export function viewerOf(request: FastifyRequest): Viewer {
  const user = request.user;
  if (!user) throw new AppError('unauthenticated');
  return { userId: user.id, name: user.name, role: request.effectiveRole ?? user.role };
}
