/**
 * Demo data: the South Danish collaboration from templates/south-denmark-2022.yaml (through the
 * org-file importer), populated with clearly fictional persons marked "(demo)": a mayor, a health
 * director and a municipal director in every municipality, and appointments to the appointed and
 * function seats the template describes. One later change of a cluster co-chair goes through the
 * real use case, so the audit log shows the born seats that followed it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Db } from '../../db/client';
import { mutate, SYSTEM_ACTOR } from '../../platform/audit';
import type { Office } from '../../../shared/organisation.enums';
import { findUserByEmail } from '../auth/index';
import { orgContext } from './org-change';
import { importOrgFile } from './org-file.import';
import { appoint } from './org-people.service';
import { insertPerson, updatePersonRow } from './org-people.repo';
import { loadSnapshot, type StoredSnapshot } from './org-snapshot.repo';
import { findEntityIdByKey, insertFact } from './org-version.repo';

/** The template the demo is built from, and its collaboration key. */
const TEMPLATE = fileURLToPath(
  new URL('../../../../templates/south-denmark-2022.yaml', import.meta.url),
);
const COLLABORATION_KEY = 'south-denmark-2022';
const START = '2022-07-01';

const FIRST = [
  'Anna',
  'Bo',
  'Cecilie',
  'Dorte',
  'Erik',
  'Frida',
  'Gustav',
  'Hanne',
  'Ib',
  'Jonna',
  'Karl',
  'Lene',
  'Mogens',
  'Nanna',
  'Ole',
  'Pia',
  'Rasmus',
  'Sanne',
  'Torben',
  'Ulla',
  'Vagn',
  'Yrsa',
];
const OFFICES: ReadonlyArray<[Office, string]> = [
  ['mayor', 'Prøvesen'],
  ['healthDirector', 'Fiktivsen'],
  ['municipalDirector', 'Eksempelsen'],
];

/** Appointments to the template's appointed and function seats: forum, seat, office holder. */
const APPOINTMENTS: ReadonlyArray<
  [forum: string, seat: string, office: Office, municipality: string]
> = [
  ['kkr', 'chair', 'mayor', 'Kolding'],
  ['politisk-fyn', 'municipal-co-chair', 'mayor', 'Odense'],
  ['politisk-lillebaelt', 'municipal-co-chair', 'mayor', 'Vejle'],
  ['politisk-sydvestjylland', 'municipal-co-chair', 'mayor', 'Esbjerg'],
  ['politisk-sonderjylland', 'municipal-co-chair', 'mayor', 'Sønderborg'],
  ['ssu', 'kkr-seat', 'mayor', 'Svendborg'],
  ['ssu', 'vice-chair', 'mayor', 'Odense'],
  ['forretningsudvalg', 'municipal-director', 'municipalDirector', 'Haderslev'],
  ['forretningsudvalg', 'chair', 'healthDirector', 'Esbjerg'],
  ['sundhedsdirektorforum', 'municipal-director', 'municipalDirector', 'Haderslev'],
];

type Holders = Map<string, string>;
const holderKey = (office: Office, municipality: string) => `${office}|${municipality}`;

function seatId(snapshot: StoredSnapshot, forumKey: string, seatKey: string): string | null {
  const forum = snapshot.fora.find((f) => f.key === forumKey);
  const seat = snapshot.seats.find(
    (s) => s.forumId === forum?.entityId && (s.key === seatKey || s.key.endsWith(`/${seatKey}`)),
  );
  return seat?.entityId ?? null;
}

async function addPersons(tx: Db, snapshot: StoredSnapshot, collaborationId: string) {
  const holders: Holders = new Map();
  const municipalities = snapshot.parties.filter((p) => p.kind === 'municipality');
  for (const [i, party] of municipalities.entries()) {
    for (const [office, surname] of OFFICES) {
      const person = await insertPerson(tx, {
        key: `demo-${office}-${party.key}`,
        name: `${FIRST[i % FIRST.length] ?? 'Anna'} ${surname} (demo)`,
        fictional: true,
      });
      holders.set(holderKey(office, party.name), person.id);
      await insertFact(tx, 'officeHolding', {
        collaborationId,
        personId: person.id,
        partyId: party.entityId,
        office,
        validFrom: START,
      });
    }
  }
  return holders;
}

async function addAppointments(tx: Db, snapshot: StoredSnapshot, holders: Holders, id: string) {
  for (const [forum, seat, office, municipality] of APPOINTMENTS) {
    const seatEntityId = seatId(snapshot, forum, seat);
    const personId = holders.get(holderKey(office, municipality));
    const party = snapshot.parties.find((p) => p.name === municipality);
    if (!seatEntityId || !personId) continue;
    await insertFact(tx, 'appointment', {
      collaborationId: id,
      seatId: seatEntityId,
      personId,
      onBehalfOfPartyId: party?.entityId ?? null,
      validFrom: START,
    });
  }
}

/** Links the demo member account to a person sitting in the SSU, so closed items can be shown. */
async function linkDemoMember(tx: Db, holders: Holders): Promise<string[]> {
  const user = await findUserByEmail(tx, 'medlem@demo.samspil.dk');
  const personId = holders.get(holderKey('mayor', 'Odense'));
  if (!user || !personId) return [];
  await updatePersonRow(tx, personId, { userId: user.id });
  return [personId];
}

/** Loads the demo organisation (after the demo users exist); does nothing if it is there. */
export async function loadOrganisationDemo(database: Database): Promise<void> {
  const { db } = database;
  if (await findEntityIdByKey(db, 'collaboration', null, COLLABORATION_KEY)) return;
  await importOrgFile(db, SYSTEM_ACTOR, readFileSync(TEMPLATE, 'utf8'), { dryRun: false });
  const collaborationId = await findEntityIdByKey(db, 'collaboration', null, COLLABORATION_KEY);
  if (collaborationId === null) return;
  const snapshot = await loadSnapshot(db, collaborationId);
  const holders = await mutate(db, SYSTEM_ACTOR, async (tx) => {
    const made = await addPersons(tx, snapshot, collaborationId);
    await addAppointments(tx, snapshot, made, collaborationId);
    const linked = await linkDemoMember(tx, made);
    return {
      result: made,
      audit: {
        action: 'organisation.demo',
        entityType: 'collaboration',
        entityId: collaborationId,
        summary: 'Fiktive demo-personer, embeder og udpegninger indlæst',
        after: { persons: made.size, linkedToDemoMember: linked },
        relatedIds: [...made.values()],
      },
    };
  });
  // A real change with its derived consequences: Lillebælt's co-chair passes from Vejle to Kolding.
  const coChair = seatId(snapshot, 'politisk-lillebaelt', 'municipal-co-chair');
  const kolding = holders.get(holderKey('mayor', 'Kolding'));
  if (coChair && kolding) {
    await appoint(orgContext(db), SYSTEM_ACTOR, {
      seatId: coChair,
      personId: kolding,
      validFrom: '2025-01-01',
      acknowledgeBreaches: true,
    });
  }
}
