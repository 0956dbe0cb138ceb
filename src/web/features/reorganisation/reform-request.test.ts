import { describe, expect, it } from 'vitest';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import {
  confirmNumbers,
  defaultEffectiveDate,
  defaultTarget,
  editMapping,
  editsDiffer,
  lastDayOf,
  mappingOverrides,
  mismatchedCounts,
  nextSelection,
  proposedSelections,
  reformRequest,
  sourceProblems,
  type WizardState,
} from './reform-request';

const SSU = '11111111-1111-4111-8111-111111111111';
const CLUSTER = '22222222-2222-4222-8222-222222222222';

const ref = (id: string | null, key: string, name: string) => ({
  id,
  key,
  name,
  level: 'regional' as const,
  kind: 'political' as const,
  collaborationId: null,
});

const preview = {
  dryRun: true,
  id: null,
  effectiveDate: '2027-01-01',
  lastDay: '2026-12-31',
  target: 'continue',
  sources: [{ id: 'c1', key: 'south-denmark-2022', name: 'Syddanmark' }],
  targetCollaboration: { id: 'c1', key: 'south-denmark-2022', name: 'Syddanmark', created: false },
  importDiff: {} as ReformResult['importDiff'],
  candidates: [
    ref(null, 'fyn', 'Sundhedsråd Fyn'),
    ref(null, 'lillebaelt', 'Sundhedsråd Lillebælt'),
  ],
  mappings: [
    {
      from: ref(SSU, 'ssu', 'SSU'),
      to: [
        { ...ref(null, 'fyn', 'Sundhedsråd Fyn'), overlap: 10 },
        { ...ref(null, 'lillebaelt', 'Sundhedsråd Lillebælt'), overlap: 7 },
      ],
      basis: 'overlap',
    },
    {
      from: ref(CLUSTER, 'klynge-fyn', 'Klynge Fyn'),
      to: [{ ...ref(null, 'fyn', 'Sundhedsråd Fyn'), overlap: 10 }],
      basis: 'overlap',
    },
  ],
  counts: [
    { kind: 'openCases', before: 4, after: 4 },
    { kind: 'futureMeetings', before: 3, after: 2 },
  ],
  ended: [{ kind: 'appointment', id: 'a1', label: 'Formand — SSU', reason: 'no successor seat' }],
  carriedOver: [],
  newBreaches: [],
  warnings: [],
} satisfies ReformResult;

const state: WizardState = {
  sourceCollaborationIds: ['c1'],
  effectiveDate: '2027-01-01',
  target: 'continue',
  model: { kind: 'template', name: 'denmark-2027' },
  successorYaml: 'collaboration: {}\n',
};

describe('defaultEffectiveDate', () => {
  it('is 1 January 2027 while that is in the future, else the next 1 January', () => {
    expect(defaultEffectiveDate('2026-12-06')).toBe('2027-01-01');
    expect(defaultEffectiveDate('2026-12-31')).toBe('2027-01-01');
    expect(defaultEffectiveDate('2027-01-01')).toBe('2028-01-01');
    expect(defaultEffectiveDate('2029-06-01')).toBe('2030-01-01');
  });

  it('ends the old fora the day before', () => {
    expect(lastDayOf('2027-01-01')).toBe('2026-12-31');
  });
});

describe('step 1', () => {
  it('needs a source, a whole date, and one source to continue', () => {
    expect(sourceProblems(state)).toEqual({});
    expect(
      sourceProblems({ ...state, sourceCollaborationIds: [], effectiveDate: '2027-13' }),
    ).toEqual({ sources: 'noSource', effectiveDate: 'date' });
    expect(sourceProblems({ ...state, sourceCollaborationIds: ['a', 'b'] })).toEqual({
      target: 'continueNeedsOne',
    });
    expect([defaultTarget(1), defaultTarget(2)]).toEqual(['continue', 'new']);
  });
});

describe('mapping edits → request', () => {
  it('keeps the chosen order so the forum that takes the work stays first', () => {
    expect(nextSelection(['lillebaelt', 'fyn'], ['fyn', 'lillebaelt', 'syd'])).toEqual([
      'lillebaelt',
      'fyn',
      'syd',
    ]);
    expect(nextSelection(['lillebaelt', 'fyn'], ['fyn'])).toEqual(['fyn']);
  });

  it('sends only the old fora whose successors were changed', () => {
    expect(proposedSelections(preview)).toEqual({
      [SSU]: ['fyn', 'lillebaelt'],
      [CLUSTER]: ['fyn'],
    });
    let edits = editMapping({}, preview, SSU, ['lillebaelt']);
    edits = editMapping(edits, preview, CLUSTER, []);
    expect(mappingOverrides(edits)).toEqual([
      { fromForumId: SSU, toForumKeys: ['lillebaelt'] },
      { fromForumId: CLUSTER, toForumKeys: [] },
    ]);
    // Back to the proposal: no longer an override.
    edits = editMapping(edits, preview, SSU, ['fyn', 'lillebaelt']);
    expect(mappingOverrides(edits)).toEqual([{ fromForumId: CLUSTER, toForumKeys: [] }]);
  });

  it('builds a dry run by default and the real run with the same body', () => {
    const edits = editMapping({}, preview, SSU, ['lillebaelt']);
    const dry = reformRequest(state, edits, { dryRun: true });
    expect(dry).toEqual({
      sourceCollaborationIds: ['c1'],
      effectiveDate: '2027-01-01',
      successorYaml: 'collaboration: {}\n',
      target: 'continue',
      mappings: [{ fromForumId: SSU, toForumKeys: ['lillebaelt'] }],
      acknowledgeBreaches: false,
      dryRun: true,
    });
    const real = reformRequest(state, edits, { dryRun: false, acknowledgeBreaches: true });
    expect(real).toEqual({ ...dry, dryRun: false, acknowledgeBreaches: true });
  });

  it('tells when the edits differ from those the preview was made with', () => {
    expect(editsDiffer({}, {})).toBe(false);
    expect(editsDiffer({ [SSU]: ['fyn'] }, { [SSU]: ['fyn'] })).toBe(false);
    expect(editsDiffer({ [SSU]: ['fyn'] }, {})).toBe(true);
    expect(editsDiffer({ [SSU]: ['fyn', 'syd'] }, { [SSU]: ['syd', 'fyn'] })).toBe(true);
  });
});

describe('the preview numbers', () => {
  it('finds counts that differ and names the confirm numbers', () => {
    expect(mismatchedCounts(preview.counts)).toEqual([
      { kind: 'futureMeetings', before: 3, after: 2 },
    ]);
    expect(confirmNumbers(preview)).toEqual({ fora: 2, moved: 6, ended: 1 });
  });
});
