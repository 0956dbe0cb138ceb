/**
 * The demo's fictional task transfers (issue 12 point 4), in the 2022–2026 South Danish
 * collaboration and dated from the demo's anchor day: one agreed transfer decided in the
 * Sønderjylland cluster (it sets a precedent, so its orientation item goes on the SSU's next
 * agenda), one planned transfer in Fyn still under assessment, and one in Lillebælt with an
 * incomplete assessment. Made through the module's use cases (each one transaction, one audit
 * row, with its knowledge entry). No figure is real.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { addDays } from '../../shared/dates';
import type { Assessment } from '../../shared/transfers.contract';
import type { Database } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import { caseDeps } from '../modules/cases/index';
import { findEntityIdByKey, parties } from '../modules/organisation/index';
import {
  createTransfer,
  decideTransfer,
  updateTransfer,
  type TransfersDeps,
} from '../modules/transfers/index';
import type { DemoOptions } from './demo';
import { DEMO_COLLABORATION_KEY, demoAnchor } from './meetings-demo.schedule';

const dim = (text: string, amountOre: number | null = null, rating: number | null = null) => ({
  text,
  amountOre,
  rating,
});

const IV: Assessment = {
  resources: dim('Fiktivt: to sygeplejersker pr. kommune i opstartsåret.', null, 3),
  competences: dim('Fiktivt: oplæring i IV-behandling ved sygehusets akutteam.', null, 4),
  quality: dim('Fiktivt: fælles instruks og audit efter seks måneder.', null, 4),
  economy: dim('Fiktivt: engangsudgift til oplæring og løbende drift.', 180_000_000, 2),
};

const WOUNDS: Assessment = {
  resources: dim('Fiktivt: sygeplejeklinikker i alle ni kommuner.', null, 4),
  competences: dim('Fiktivt: sårsygeplejersker fra OUH underviser.', null, 3),
  quality: dim('Fiktivt: telemedicinsk vurdering af sår hver fjerde uge.', null, 3),
  economy: dim('Fiktivt: udgiften flyttes fra ambulatoriet til kommunerne.', 95_000_000, 3),
};

/** Loads the demo transfers (nothing when the collaboration is missing). */
export async function loadTransfersDemo(database: Database, options: DemoOptions): Promise<void> {
  const db = database.db;
  const south = await findEntityIdByKey(db, 'collaboration', null, DEMO_COLLABORATION_KEY);
  if (!south) return;
  const anchor = demoAnchor(options.today);
  const deps: TransfersDeps = { db, cases: caseDeps(db) };
  const key = (kind: 'cluster' | 'forum' | 'party', k: string) =>
    findEntityIdByKey(db, kind, south, k) as Promise<string>;
  const municipalities = async (codes: string[]) =>
    (
      await db
        .selectDistinct({ id: parties.entityId })
        .from(parties)
        .where(and(eq(parties.collaborationId, south), inArray(parties.code, codes)))
    ).map((r) => r.id);

  const iv = await createTransfer(
    deps,
    SYSTEM_ACTOR,
    {
      collaborationId: south,
      clusterId: await key('cluster', 'sonderjylland'),
      forumId: await key('forum', 'politisk-sonderjylland'),
      title: 'Fiktivt: IV-behandling i eget hjem',
      description: 'Kommunerne overtager opstart af IV-behandling efter udskrivelse.',
      theme: 'Akutområdet',
      kind: 'agreed',
      transferringPartyIds: [await key('party', 'sygehus-sonderjylland')],
      receivingPartyIds: await municipalities(['510', '540', '550', '580']),
      assessment: IV,
      precedent: true,
      precedentReason: 'Første overdragelse af IV-behandling til kommunerne i regionen.',
      openedOn: addDays(anchor, -120),
    },
    anchor,
  );
  await decideTransfer(deps, SYSTEM_ACTOR, iv, { decidedOn: addDays(anchor, -30) });

  await createTransfer(
    deps,
    SYSTEM_ACTOR,
    {
      collaborationId: south,
      clusterId: await key('cluster', 'fyn'),
      forumId: await key('forum', 'politisk-fyn'),
      title: 'Fiktivt: Sårbehandling i kommunale sygeplejeklinikker',
      description: '',
      theme: 'Kronisk sygdom',
      kind: 'planned',
      transferringPartyIds: [await key('party', 'ouh')],
      receivingPartyIds: await municipalities(['461', '479']),
      assessment: WOUNDS,
      precedent: false,
      precedentReason: null,
      openedOn: addDays(anchor, -60),
    },
    anchor,
  );

  const dialysis = await createTransfer(
    deps,
    SYSTEM_ACTOR,
    {
      collaborationId: south,
      clusterId: await key('cluster', 'lillebaelt'),
      forumId: await key('forum', 'politisk-lillebaelt'),
      title: 'Fiktivt: Hjemmedialyse med kommunal støtte',
      description: '',
      theme: 'Kronisk sygdom',
      kind: 'planned',
      transferringPartyIds: [],
      receivingPartyIds: [],
      precedent: false,
      precedentReason: null,
      openedOn: addDays(anchor, -20),
    },
    anchor,
  );
  await updateTransfer(deps, SYSTEM_ACTOR, dialysis, {
    assessment: { ...WOUNDS, quality: dim(''), economy: dim('') },
  });
}
