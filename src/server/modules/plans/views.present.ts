/** Presenting a plan's scale: each step's label (the plan's own, else the default's). */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/roles';
import type { ScaleStep } from '../../../domain/plans/rounds';
import type { Language } from '../../../shared/i18n/index';
import { translate } from '../../../shared/i18n/translate';
import type { DegreeStepView } from '../../../shared/plan-rounds.contract';
import { degreeLabel as labelOnScale } from '../../../domain/plans/scale';

/** A degree's label in a language: the plan's own, the default's, or the key itself. */
export function degreeLabel(
  scale: readonly ScaleStep[],
  key: string | null,
  lang: Language,
): string {
  if (key === null) return translate('planRounds', 'degrees.none', lang);
  return labelOnScale(scale, key, (k) => translate('planRounds', `degrees.${k}`, lang));
}

/** The scale as served, labels resolved. */
export function scaleView(scale: readonly ScaleStep[], lang: Language): DegreeStepView[] {
  return scale.map((s) => ({ key: s.key, label: degreeLabel(scale, s.key, lang), score: s.score }));
}

/** A fill colour (ARGB) per step of the scale: grey for unscored, red → green by score. */
export function degreeColour(scale: readonly ScaleStep[], key: string | null): string {
  const step = scale.find((s) => s.key === key);
  if (!step || step.score === null) return 'FFD9D9D9';
  const ramp = ['FFF4CCCC', 'FFFCE5CD', 'FFFFF2CC', 'FFD9EAD3', 'FFB6D7A8', 'FF93C47D'];
  const index = Math.min(
    ramp.length - 1,
    Math.max(0, Math.round((step.score / 100) * (ramp.length - 1))),
  );
  return ramp[index] ?? 'FFFFFFFF';
}

/** The caller's role where the call acts (their scopes decide it; see modules/access). */
export function roleOf(request: FastifyRequest): Role {
  return request.effectiveRole ?? request.user?.role ?? 'reader';
}
