import { describe, expect, it } from 'vitest';
import {
  CreateGoalSchema,
  CreateInitiativeSchema,
  CreateMilestoneSchema,
  CreatePlanSchema,
  PutPrioritySchema,
  PutScaleSchema,
  RecordDegreeSchema,
  UpdatePlanSchema,
} from '../../../../shared/plans.contract';
import {
  IndicatorCreateSchema,
  IndicatorValuePutSchema,
} from '../../../../shared/plan-indicators.contract';
import { plansEdit } from '../../../../shared/i18n/plans-ui-edit';
import {
  checkCreatePlan,
  checkDegree,
  checkGoal,
  checkIndicator,
  checkInitiative,
  checkMilestone,
  checkPriority,
  checkScale,
  checkUpdatePlan,
  checkValue,
  parseDecimal,
  parseWholeNumber,
  suggestKey,
  type ErrorKey,
  type IndicatorForm,
  type PlanForm,
} from './plan-forms';

const COLLAB = '11111111-1111-4111-8111-111111111111';
const FORUM = '22222222-2222-4222-8222-222222222222';
const PARTY = '33333333-3333-4333-8333-333333333333';
const INITIATIVE = '44444444-4444-4444-8444-444444444444';

const plan: PlanForm = {
  collaborationId: COLLAB,
  ownerForumId: FORUM,
  key: 'sundhedsaftale-2027',
  kind: 'healthAgreement',
  title: ' Sundhedsaftale 2027 ',
  description: '',
  periodFrom: '2027-01-01',
  periodTo: '',
};

function errorsOf<T>(checked: { ok: true } | { ok: false; errors: T }): T | null {
  return checked.ok ? null : checked.errors;
}

describe('parsing what the user typed', () => {
  it('reads whole numbers with Danish thousands separators', () => {
    expect(parseWholeNumber('1.250.000')).toBe(1_250_000);
    expect(parseWholeNumber('1 250 000')).toBe(1_250_000);
    expect(parseWholeNumber('12,5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('12,5')).toBe('12.5');
    expect(parseDecimal(' 7 ')).toBe('7');
    expect(parseDecimal('-0.25')).toBe('-0.25');
    expect(parseDecimal('12,5,1')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('suggests a key from a Danish title', () => {
    expect(suggestKey('Sundhedsaftale 2027–2030')).toBe('sundhedsaftale-2027-2030');
    expect(suggestKey('Ældre på øer')).toBe('aeldre-paa-oeer');
    expect(suggestKey('  --  ')).toBe('');
  });
});

describe('plans', () => {
  it('maps a new plan to a request the contract accepts', () => {
    const checked = checkCreatePlan(plan);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.body).toMatchObject({ title: 'Sundhedsaftale 2027', periodTo: null });
    expect(CreatePlanSchema.safeParse(checked.body).success).toBe(true);
  });

  it('names every missing or bad field', () => {
    expect(
      errorsOf(
        checkCreatePlan({
          ...plan,
          collaborationId: '',
          ownerForumId: '',
          key: 'Ikke Gyldig',
          title: ' ',
          periodFrom: '2027-13-01',
        }),
      ),
    ).toEqual({
      collaborationId: 'required',
      ownerForumId: 'required',
      key: 'key',
      title: 'required',
      periodFrom: 'date',
    });
    expect(errorsOf(checkCreatePlan({ ...plan, periodTo: '2026-12-31' }))).toEqual({
      periodTo: 'periodOrder',
    });
  });

  it('sends only the changed fields of a plan', () => {
    const before = { ...plan, title: 'Sundhedsaftale 2027' };
    const checked = checkUpdatePlan(before, {
      ...before,
      title: 'Ny titel',
      periodTo: '2030-12-31',
    });
    expect(checked).toEqual({ ok: true, body: { title: 'Ny titel', periodTo: '2030-12-31' } });
    if (checked.ok) expect(UpdatePlanSchema.safeParse(checked.body).success).toBe(true);
    expect(checkUpdatePlan(before, { ...before, periodTo: '' })).toEqual({ ok: true, body: {} });
  });
});

describe('the degree scale', () => {
  it('maps rows to steps: an empty text or score becomes null', () => {
    const checked = checkScale([
      { key: 'none', label: '', score: '0' },
      { key: 'full', label: 'Fuldt', score: '100' },
      { key: 'na', label: 'Ikke relevant', score: '' },
    ]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.body.degreeScale).toEqual([
      { key: 'none', label: null, score: 0 },
      { key: 'full', label: 'Fuldt', score: 100 },
      { key: 'na', label: 'Ikke relevant', score: null },
    ]);
    expect(PutScaleSchema.safeParse(checked.body).success).toBe(true);
  });

  it('finds duplicate keys, bad scores and too few steps', () => {
    expect(
      errorsOf(
        checkScale([
          { key: 'a', label: '', score: '101' },
          { key: 'a', label: '', score: 'x' },
        ]),
      ),
    ).toEqual({ '0.score': 'score', '1.key': 'duplicateKey', '1.score': 'score' });
    expect(errorsOf(checkScale([{ key: 'a b', label: '', score: '' }]))).toEqual({
      steps: 'stepCount',
      '0.key': 'stepKey',
    });
  });
});

describe('goals, initiatives and milestones', () => {
  it('maps a goal; no parent is null', () => {
    const checked = checkGoal({
      parentId: '',
      level: 'goal',
      code: ' 1 ',
      title: 'Færre genindlæggelser',
      description: '',
    });
    expect(checked.ok && checked.body).toMatchObject({ parentId: null, code: '1' });
    if (checked.ok) expect(CreateGoalSchema.safeParse(checked.body).success).toBe(true);
    expect(
      errorsOf(checkGoal({ parentId: '', level: 'goal', code: '', title: '', description: '' })),
    ).toEqual({ code: 'required', title: 'required' });
  });

  it('maps an initiative; the economy is read as a whole number', () => {
    const form = {
      number: '1.1',
      title: 'Hjemmebesøg',
      description: '',
      goalId: '',
      level: 'municipality' as const,
      responsibleForumId: FORUM,
      payer: ' Kommunerne ',
      economy: '1.500.000',
      economyNote: '',
      validFrom: '2027-02-01',
    };
    const created = checkInitiative(form, true);
    expect(created.ok && created.body).toMatchObject({
      economyDkk: 1_500_000,
      payer: 'Kommunerne',
      goalId: null,
      validFrom: '2027-02-01',
    });
    if (created.ok) expect(CreateInitiativeSchema.safeParse(created.body).success).toBe(true);
    const edited = checkInitiative(form, false);
    expect(edited.ok && 'validFrom' in edited.body).toBe(false);
    expect(errorsOf(checkInitiative({ ...form, economy: '12,5', number: '' }, true))).toEqual({
      economy: 'number',
      number: 'required',
    });
  });

  it('keeps a completion day only for a done milestone', () => {
    const base = { title: 'Aftale', dueDate: '2027-06-30', completedOn: '2027-05-01' };
    const open = checkMilestone({ ...base, status: 'inProgress' });
    expect(open.ok && open.body.completedOn).toBeNull();
    const done = checkMilestone({ ...base, status: 'done' });
    expect(done.ok && done.body.completedOn).toBe('2027-05-01');
    if (done.ok) expect(CreateMilestoneSchema.safeParse(done.body).success).toBe(true);
    expect(errorsOf(checkMilestone({ ...base, status: 'done', dueDate: '' }))).toEqual({
      dueDate: 'date',
    });
  });
});

describe('degrees and priorities', () => {
  it('splits the chosen subject into kind and id', () => {
    const checked = checkDegree(INITIATIVE, {
      subject: `party:${PARTY}`,
      degree: 'partial',
      comment: ' i gang ',
      recordedOn: '2027-03-01',
    });
    expect(checked.ok && checked.body).toEqual({
      initiativeId: INITIATIVE,
      subjectKind: 'party',
      subjectId: PARTY,
      degree: 'partial',
      comment: 'i gang',
      recordedOn: '2027-03-01',
    });
    if (checked.ok) expect(RecordDegreeSchema.safeParse(checked.body).success).toBe(true);
    expect(
      errorsOf(checkDegree(INITIATIVE, { subject: '', degree: '', comment: '', recordedOn: '' })),
    ).toEqual({ subject: 'required', degree: 'required', recordedOn: 'date' });
  });

  it('maps a cluster priority', () => {
    const checked = checkPriority({
      clusterId: FORUM,
      priority: 'later',
      note: '',
      decidedOn: '2027-01-15',
    });
    expect(checked.ok && checked.body.clusterId).toBe(FORUM);
    if (checked.ok) expect(PutPrioritySchema.safeParse(checked.body.body).success).toBe(true);
    expect(
      errorsOf(checkPriority({ clusterId: '', priority: '', note: '', decidedOn: 'x' })),
    ).toEqual({ clusterId: 'required', priority: 'required', decidedOn: 'date' });
  });
});

describe('indicators', () => {
  const indicator: IndicatorForm = {
    key: 'genindl-30',
    name: 'Genindlæggelser',
    description: '',
    unit: 'pct.',
    direction: 'lowerIsBetter',
    source: 'manual',
    sourceName: '',
    sourceUrl: '',
    target: '8,5',
    targetPeriod: '2028',
    goalId: '',
    initiativeId: '',
  };

  it('maps an indicator; the target is a decimal with a point', () => {
    const checked = checkIndicator(indicator);
    expect(checked.ok && checked.body).toMatchObject({ target: '8.5', sourceUrl: null });
    if (checked.ok) expect(IndicatorCreateSchema.safeParse(checked.body).success).toBe(true);
    expect(
      errorsOf(
        checkIndicator({
          ...indicator,
          unit: '',
          target: 'otte',
          targetPeriod: '2028-Q5',
          sourceUrl: 'esundhed.dk',
        }),
      ),
    ).toEqual({ unit: 'required', target: 'decimal', targetPeriod: 'period', sourceUrl: 'url' });
  });

  it('maps one value', () => {
    const checked = checkValue({ partyId: PARTY, period: '2026-Q2', value: '3,25', note: '' });
    expect(checked.ok && checked.body.value).toBe('3.25');
    if (checked.ok) expect(IndicatorValuePutSchema.safeParse(checked.body).success).toBe(true);
    expect(errorsOf(checkValue({ partyId: '', period: '26', value: '', note: '' }))).toEqual({
      partyId: 'required',
      period: 'period',
      value: 'required',
    });
  });
});

describe('messages', () => {
  it('has a Danish and an English text for every error key', () => {
    const keys: ErrorKey[] = [
      'required',
      'date',
      'key',
      'periodOrder',
      'number',
      'decimal',
      'period',
      'url',
      'score',
      'stepKey',
      'duplicateKey',
      'stepCount',
      'tooLong',
    ];
    for (const key of keys) {
      expect(plansEdit.da.errors[key]).toBeTruthy();
      expect(plansEdit.en.errors[key]).toBeTruthy();
    }
    expect(Object.keys(plansEdit.da.errors).sort()).toEqual([...keys].sort());
  });
});
