import { describe, expect, it } from 'vitest';
import { stateOn } from './as-of';
import { seatBurden } from './burden';
import { compareDa } from './collate';
import { createSnapshotBuilder } from './test/snapshot-builder';
import { buildSouthDenmark } from './test/south-denmark';

const DAY = '2024-01-15';

describe('seatBurden on the South Denmark fixture', () => {
  const sd = buildSouthDenmark();
  const burden = seatBurden(stateOn(sd.snapshot(), DAY));
  const municipality = (name: string) => burden.municipalities.find((m) => m.name === name);
  const person = (id: string) => burden.persons.find((p) => p.personId === id);

  it('lists all 22 municipalities in Danish order', () => {
    const names = burden.municipalities.map((m) => m.name);
    expect(names).toHaveLength(22);
    expect(names).toEqual([...names].sort(compareDa));
    expect([names[0], names.at(-2), names.at(-1)]).toEqual(['Assens', 'Ærø', 'Aabenraa']);
  });

  it.each([
    // KKR, political + administrative cluster, health directors' forum, theme group (for Fyn)
    ['Assens', 5, 1],
    // KKR, political + administrative cluster, health directors' forum
    ['Ærø', 4, 0],
    // + cluster co-chair attendee, SSU (mayor + director attending), executive, regional forum ×2
    ['Odense', 10, 0],
    // + the KKR chair's director attending KKR, cluster co-chair attendee, SSU, executive, regional
    ['Vejle', 9, 0],
    // + SSU seat from KKR, executive committee, regional forum
    ['Svendborg', 7, 0],
  ])('%s carries %i seats, %i of them through the cluster', (name, seats, throughCluster) => {
    expect(municipality(name)).toMatchObject({
      seatCount: seats,
      clusterSeatCount: throughCluster,
    });
  });

  it('gives the fora of a municipality with their seat counts', () => {
    expect(
      municipality('Odense')?.fora.find(
        (f) => f.forumName === 'Samarbejdsforum mellem kommuner og region',
      )?.seatCount,
    ).toBe(2);
  });

  it.each([
    [
      'the Odense mayor (co-chair and vice-chair functions not counted)',
      () => sd.holder('mayor', 'Odense'),
      3,
    ],
    [
      'the Odense health director (optional SSU attendance not counted)',
      () => sd.holder('healthDirector', 'Odense'),
      5,
    ],
    ['the Odense municipal director', () => sd.holder('municipalDirector', 'Odense'), 2],
    ['the SSU chair (a regional councillor)', () => sd.councillors[0] ?? '', 2],
  ])('counts %s', (_, id, count) => {
    expect(person(id())?.seatCount).toBe(count);
  });

  it('sorts persons by Danish name and leaves out people without seats', () => {
    const names = burden.persons.map((p) => p.name);
    expect(names).toEqual([...names].sort(compareDa));
    expect(burden.persons.every((p) => p.seatCount > 0)).toBe(true);
    expect(burden.skippedForumEntityIds).toEqual([]);
  });
});

describe('seatBurden edge cases', () => {
  it('counts vacancies for the municipality, skips fora in a cycle', () => {
    const b = createSnapshotBuilder();
    const x = b.party('municipality', 'X');
    const f = b.forum('f', 'F');
    b.seat(f, 'Seat for X', { partyId: x });
    const a = b.forum('a', 'A');
    b.seat(a, 'Self via roles', {
      born: {
        kind: 'roleHolders',
        role: 'member',
        forums: { of: 'forums', forumIds: ['forum:c'] },
      },
    });
    const c = b.forum('c', 'C');
    b.seat(c, 'Back', {
      born: { kind: 'roleHolders', role: 'member', forums: { of: 'forums', forumIds: [a] } },
    });
    const burden = seatBurden(stateOn(b.snapshot(), DAY));
    expect(burden.municipalities).toEqual([
      {
        partyEntityId: x,
        name: 'X',
        seatCount: 1,
        clusterSeatCount: 0,
        fora: [{ forumEntityId: f, forumName: 'F', seatCount: 1 }],
      },
    ]);
    expect(burden.persons).toEqual([]);
    expect(burden.skippedForumEntityIds).toEqual([a, c]);
  });
});
