import { describe, expect, it } from 'vitest';
import {
  instantiate,
  ProcessTemplateSchema,
  validateProcessTemplate,
  type InstantiateOptions,
  type ProcessTemplate,
} from './process-template';
import { SEED_003_NEAR_HEALTH_PROCESS as seed003 } from './process-template-seeds';

const forumsByRole = {
  municipalClusters: ['klynge-nord', 'klynge-syd'],
  administrativeDialogueMeeting: ['adm-dialog'],
  politicalDialogueMeeting: ['pol-dialog'],
  kkr: ['kkr'],
};

const datesOf = (options: InstantiateOptions): Record<string, string | null> =>
  Object.fromEntries(
    instantiate(seed003, { forumsByRole, ...options }).drafts.map((d) => [d.stepKey, d.date]),
  );

describe('instantiate (seed 003)', () => {
  it('reproduces the seed’s dates from the KKR meeting on 4 February 2013', () => {
    const { drafts, warnings } = instantiate(seed003, { anchorDate: '2013-02-04', forumsByRole });
    expect(warnings).toEqual([]);
    expect(drafts.map((d) => [d.draftKey, d.forumId, d.date, d.windowStart])).toEqual([
      ['klynger-droefter:klynge-nord', 'klynge-nord', '2012-11-30', '2012-11-01'],
      ['klynger-droefter:klynge-syd', 'klynge-syd', '2012-11-30', '2012-11-01'],
      ['administrativt-dialogmoede', 'adm-dialog', '2012-12-05', null],
      ['politisk-dialogmoede', 'pol-dialog', '2013-01-23', null],
      ['kkr-moede', 'kkr', '2013-02-04', null],
    ]);
  });

  it('links every draft to its predecessor’s drafts, one per cluster', () => {
    const { drafts } = instantiate(seed003, { anchorDate: '2013-02-04', forumsByRole });
    expect(drafts.map((d) => d.predecessorDraftKeys)).toEqual([
      [],
      [],
      ['klynger-droefter:klynge-nord', 'klynger-droefter:klynge-syd'],
      ['administrativt-dialogmoede'],
      ['politisk-dialogmoede'],
    ]);
  });

  it('keeps the political dialogue meeting’s time 16.30–19.00 in Danish time', () => {
    const pol = instantiate(seed003, { anchorDate: '2013-02-04', forumsByRole }).drafts[3];
    expect([pol?.title, pol?.startsAt, pol?.endsAt]).toEqual([
      'Politisk dialogmøde (udvalgsformænd og borgmestre)',
      '2013-01-23T16:30:00+01:00',
      '2013-01-23T19:00:00+01:00',
    ]);
  });

  it.each<[string, InstantiateOptions, Record<string, string | null>]>([
    [
      'fixed dates from the seed fill in the cluster window',
      {
        fixedDates: {
          'administrativt-dialogmoede': '2012-12-05',
          'politisk-dialogmoede': '2013-01-23',
          'kkr-moede': '2013-02-04',
        },
      },
      {
        'klynger-droefter': '2012-11-30',
        'administrativt-dialogmoede': '2012-12-05',
        'politisk-dialogmoede': '2013-01-23',
        'kkr-moede': '2013-02-04',
      },
    ],
    [
      'anchored in 2027: backwards onto previous working days',
      { anchorDate: '2027-02-04' },
      {
        'klynger-droefter': '2026-11-27',
        'administrativt-dialogmoede': '2026-12-04',
        'politisk-dialogmoede': '2027-01-22',
        'kkr-moede': '2027-02-04',
      },
    ],
    [
      'forwards from the cluster step onto next working days',
      { fixedDates: { 'klynger-droefter': '2026-11-30' } },
      {
        'klynger-droefter': '2026-11-30',
        'administrativt-dialogmoede': '2026-12-07',
        'politisk-dialogmoede': '2027-01-25',
        'kkr-moede': '2027-02-08',
      },
    ],
    [
      'between two given dates a step follows its predecessor',
      { anchorDate: '2013-02-04', fixedDates: { 'administrativt-dialogmoede': '2012-12-04' } },
      {
        'klynger-droefter': '2012-11-29',
        'administrativt-dialogmoede': '2012-12-04',
        'politisk-dialogmoede': '2013-01-22',
        'kkr-moede': '2013-02-04',
      },
    ],
    [
      'a fixed date wins over the anchor for the anchor step',
      { anchorDate: '2013-02-04', fixedDates: { 'kkr-moede': '2013-02-05' } },
      {
        'klynger-droefter': '2012-11-30',
        'administrativt-dialogmoede': '2012-12-06',
        'politisk-dialogmoede': '2013-01-24',
        'kkr-moede': '2013-02-05',
      },
    ],
  ])('%s', (_label, options, expected) => {
    expect(datesOf(options)).toEqual(expected);
  });

  it.each<[string, InstantiateOptions, [string, string][]]>([
    ['no date at all', {}, seed003.steps.map((s) => [s.key, 'process.undated'])],
    [
      'given dates out of order',
      { anchorDate: '2013-02-04', fixedDates: { 'politisk-dialogmoede': '2013-02-11' } },
      [['kkr-moede', 'process.orderViolated']],
    ],
    [
      'anchor on a Saturday',
      { anchorDate: '2013-02-02' },
      [['kkr-moede', 'process.nonWorkingDay']],
    ],
  ])('warns: %s', (_label, options, expected) => {
    const { warnings } = instantiate(seed003, { forumsByRole, ...options });
    expect(warnings.map((w) => [w.stepKey, w.code])).toEqual(expected);
  });

  it('leaves unresolved roles as drafts without forum, with a warning', () => {
    const { drafts, warnings } = instantiate(seed003, {
      anchorDate: '2013-02-04',
      forumsByRole: { kkr: ['kkr'] },
    });
    expect(drafts.map((d) => [d.draftKey, d.forumId, d.forumRole])).toEqual([
      ['klynger-droefter', null, 'municipalClusters'],
      ['administrativt-dialogmoede', null, 'administrativeDialogueMeeting'],
      ['politisk-dialogmoede', null, 'politicalDialogueMeeting'],
      ['kkr-moede', 'kkr', 'kkr'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(Array(3).fill('process.forumUnresolved'));
  });
});

describe('validateProcessTemplate', () => {
  const step = seed003.steps[1]!;
  it.each<[string, ProcessTemplate, string[]]>([
    ['the seed is valid', seed003, []],
    ['unknown anchor', { ...seed003, anchorStepKey: 'nope' }, ['process.unknownStep']],
    [
      'unknown predecessor',
      { ...seed003, anchorStepKey: step.key, steps: [{ ...step, dependsOn: 'nope' }] },
      ['process.unknownStep'],
    ],
    [
      'a cycle',
      {
        ...seed003,
        anchorStepKey: 'a',
        steps: [
          { ...step, key: 'a', dependsOn: 'b' },
          { ...step, key: 'b', dependsOn: 'a' },
        ],
      },
      ['process.cycle', 'process.cycle'],
    ],
  ])('%s', (_label, template, codes) => {
    expect(validateProcessTemplate(template).map((w) => w.code)).toEqual(codes);
  });

  it('the seed parses with the zod schema; a bad time does not', () => {
    expect(ProcessTemplateSchema.safeParse(seed003).success).toBe(true);
    const bad = { ...seed003, steps: [{ ...step, startTime: '7.30' }] };
    expect(ProcessTemplateSchema.safeParse(bad).success).toBe(false);
  });
});
