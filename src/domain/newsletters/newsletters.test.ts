import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  checkPeriod,
  claimState,
  CLAIM_LEASE_MS,
  isFinished,
  messageIdOf,
  onSubscribeRequest,
  prefill,
  progressOf,
  publicCandidates,
  renderText,
  tokenExpiresAt,
  tokenState,
  type CandidateSource,
  type NewsletterCandidate,
} from './index';

const HEADINGS: Record<CandidateSource, string> = {
  decision: 'Beslutninger',
  scaleUpDecision: 'Skalering',
  pilot: 'Piloter',
  consultationResponse: 'Høringssvar',
};
const PERIOD = { from: '2026-03-01', to: '2026-03-31' };

const c = (over: Partial<NewsletterCandidate>): NewsletterCandidate => ({
  source: 'decision',
  sourceId: 'a',
  title: 'T',
  text: '',
  on: '2026-03-10',
  link: null,
  public: true,
  ...over,
});

describe('publicCandidates: the public filter', () => {
  it.each([
    ['a public one in the period', c({}), true],
    ['a closed item (public false)', c({ public: false }), false],
    ['the first day', c({ on: '2026-03-01' }), true],
    ['the last day', c({ on: '2026-03-31' }), true],
    ['the day before', c({ on: '2026-02-28' }), false],
    ['the day after', c({ on: '2026-04-01' }), false],
  ])('%s → kept %s', (_name, candidate, kept) => {
    expect(publicCandidates([candidate], PERIOD).length).toBe(kept ? 1 : 0);
  });

  it('keeps a candidate once', () => {
    expect(publicCandidates([c({}), c({ title: 'again' })], PERIOD)).toHaveLength(1);
  });

  it('never lets a non-public candidate through, whatever else (property)', () => {
    const arb = fc.record({
      source: fc.constantFrom<CandidateSource>(
        'decision',
        'scaleUpDecision',
        'pilot',
        'consultationResponse',
      ),
      sourceId: fc.string({ minLength: 1, maxLength: 5 }),
      title: fc.string({ maxLength: 10 }),
      text: fc.string({ maxLength: 10 }),
      on: fc.constantFrom('2026-02-28', '2026-03-01', '2026-03-15', '2026-03-31', '2026-04-01'),
      link: fc.constant(null),
      public: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (candidates) => {
        const content = prefill(candidates, PERIOD, HEADINGS);
        const ids = new Set(content.sections.flatMap((s) => s.items.map((i) => i.id)));
        for (const x of candidates) {
          const id = `${x.source}:${x.sourceId}`.replace(/[^A-Za-z0-9:_-]/g, '_').slice(0, 64);
          const visibleTwin = candidates.some(
            (y) =>
              y.public &&
              y.on >= PERIOD.from &&
              y.on <= PERIOD.to &&
              `${y.source}:${y.sourceId}`.replace(/[^A-Za-z0-9:_-]/g, '_').slice(0, 64) === id,
          );
          if (!visibleTwin) expect(ids.has(id)).toBe(false);
        }
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('prefill: the selection', () => {
  it('groups by kind in a fixed order, oldest first, and leaves out empty kinds', () => {
    const content = prefill(
      [
        c({ source: 'pilot', sourceId: 'p1', title: 'Pilot', on: '2026-03-20' }),
        c({ sourceId: 'd2', title: 'Senere', on: '2026-03-15' }),
        c({ sourceId: 'd1', title: 'Først', on: '2026-03-02', text: 'Godkendt' }),
        c({ sourceId: 'x', title: 'Lukket', public: false }),
      ],
      PERIOD,
      HEADINGS,
    );
    expect(content.intro).toBe('');
    expect(content.sections.map((s) => [s.heading, s.items.map((i) => i.title)])).toEqual([
      ['Beslutninger', ['Først', 'Senere']],
      ['Piloter', ['Pilot']],
    ]);
    expect(content.sections[0]?.items[0]).toMatchObject({
      id: 'decision:d1',
      source: 'decision',
      text: 'Godkendt',
      on: '2026-03-02',
    });
  });

  it('gives an empty newsletter for a period with nothing public', () => {
    expect(prefill([c({ public: false })], PERIOD, HEADINGS).sections).toEqual([]);
  });
});

describe('checkPeriod', () => {
  it.each([
    [{ from: '2026-03-01', to: '2026-03-01' }, 'ok'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'reversed'],
    [{ from: '2026-01-01', to: '2026-12-31' }, 'ok'],
    [{ from: '2026-01-01', to: '2027-01-02' }, 'tooLong'],
  ] as const)('%o → %s', (period, expected) => {
    expect(checkPeriod(period)).toBe(expected);
  });
});

describe('confirmation tokens', () => {
  const issued = new Date('2026-03-01T10:00:00Z');
  it('expire 48 hours after they are issued', () => {
    expect(tokenExpiresAt(issued).toISOString()).toBe('2026-03-03T10:00:00.000Z');
  });
  it.each([
    ['just issued', '2026-03-01T10:00:00Z', 'valid'],
    ['a second before expiry', '2026-03-03T09:59:59Z', 'valid'],
    ['at the expiry', '2026-03-03T10:00:00Z', 'expired'],
    ['after', '2026-03-04T00:00:00Z', 'expired'],
  ])('%s → %s', (_name, now, state) => {
    expect(tokenState(tokenExpiresAt(issued), new Date(now))).toBe(state);
  });
  it('without an expiry is expired', () => {
    expect(tokenState(null, issued)).toBe('expired');
  });
  it.each([
    [null, 'sendConfirmation'],
    ['pending', 'sendConfirmation'],
    ['unsubscribed', 'sendConfirmation'],
    ['confirmed', 'nothing'],
  ] as const)('a subscription request for %s → %s', (status, action) => {
    expect(onSubscribeRequest(status)).toBe(action);
  });
});

describe('delivery rules', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it.each([
    ['just claimed', 0, 'inFlight'],
    ['claimed a minute ago', 60_000, 'inFlight'],
    ['claimed the lease ago', CLAIM_LEASE_MS, 'uncertain'],
    ['claimed an hour ago', 3_600_000, 'uncertain'],
  ])('a sending row %s is %s', (_name, age, state) => {
    expect(claimState(new Date(now.getTime() - age), now)).toBe(state);
  });
  it.each([
    [1, 'pending'],
    [4, 'pending'],
    [5, 'failed'],
  ] as const)('after failed attempt %i → %s', (attempts, next) => {
    expect(afterFailure(attempts)).toBe(next);
  });
  it('counts progress and knows when it is finished', () => {
    expect(
      progressOf({ sent: 3, pending: 1, sending: 1, uncertain: 1, failed: 1, skipped: 1 }),
    ).toEqual({ total: 8, sent: 3, pending: 2, failed: 2, uncertain: 1 });
    expect(isFinished({ sent: 3, sending: 1 })).toBe(false);
    expect(isFinished({ sent: 3, uncertain: 1, failed: 1 })).toBe(true);
  });
  it('has a deterministic Message-ID', () => {
    expect(messageIdOf('n', 's', 'samspil.dk')).toBe('<newsletter.n.s@samspil.dk>');
  });
});

describe('renderText', () => {
  it('shows the content, then the archive and the unsubscribe link', () => {
    const text = renderText(
      {
        title: 'Nyhedsbrev marts',
        periodFrom: '2026-03-01',
        periodTo: '2026-03-31',
        content: {
          intro: 'Kære læser',
          sections: [
            {
              id: 's',
              heading: 'Beslutninger',
              items: [
                {
                  id: 'i',
                  source: 'manual',
                  title: 'Punkt',
                  text: 'Tekst',
                  link: 'https://x.dk/a',
                  on: '2026-03-05',
                },
              ],
            },
            { id: 'empty', heading: 'Tomt', items: [] },
          ],
        },
      },
      { archiveUrl: 'https://s.dk/arkiv', unsubscribeUrl: 'https://s.dk/afmeld' },
      { period: 'Periode', archive: 'Arkiv', unsubscribe: 'Afmeld' },
    );
    expect(text).toContain('Periode: 1.3.2026–31.3.2026');
    expect(text).toContain('Kære læser');
    expect(text).toContain('* Punkt (5.3.2026)\nTekst\nhttps://x.dk/a');
    expect(text).not.toContain('Tomt');
    expect(text.endsWith('Arkiv: https://s.dk/arkiv\nAfmeld: https://s.dk/afmeld')).toBe(true);
  });
});
