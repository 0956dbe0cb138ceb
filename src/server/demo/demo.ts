/**
 * Demo data for a first start: clearly fictional accounts (one per role). Loaded once, when the
 * database has no users; later modules add their demo content through `demoLoaders`.
 */
import type { Database } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import { countUsers, createUser } from '../modules/auth/index';
import type { Role } from '../../shared/roles';
import type { ScopeGrant } from '../../shared/scopes';
import { replaceGrants } from '../modules/access/index';
import { todayInDenmark, type IsoDate } from '../../shared/dates';

/** The printed demo password. Demo data is off by default in production. */
export const DEMO_PASSWORD = 'samspil-demo-2026';

/** The demo's region (templates/south-denmark-2022.yaml and syddanmark-2027.yaml). */
export const DEMO_REGION = 'Syddanmark';

/**
 * The demo accounts. The secretariat and the member act in the demo's region (the admin
 * everywhere); another region's collaboration, once imported, is not theirs to change.
 */
export const DEMO_USERS: { email: string; name: string; role: Role; scopes: ScopeGrant[] }[] = [
  { email: 'admin@demo.samspil.dk', name: 'Astrid Admin (demo)', role: 'admin', scopes: [] },
  {
    email: 'sekretariat@demo.samspil.dk',
    name: 'Sofie Sekretær (demo)',
    role: 'secretariat',
    scopes: [{ kind: 'region', target: DEMO_REGION }],
  },
  {
    email: 'medlem@demo.samspil.dk',
    name: 'Mads Medlem (demo)',
    role: 'member',
    scopes: [{ kind: 'region', target: DEMO_REGION }],
  },
  { email: 'laeser@demo.samspil.dk', name: 'Lise Læser (demo)', role: 'reader', scopes: [] },
  /**
   * A municipality's contact for the plan's reporting rounds: a member within one party (the
   * demo plan's first municipality, Odense); the plans demo grants the party once it exists.
   */
  { email: 'kontakt@demo.samspil.dk', name: 'Kim Kontakt (demo)', role: 'member', scopes: [] },
];

/** What every demo loader is given: the day the demo is made for (normally today). */
export interface DemoOptions {
  today: IsoDate;
}

/** A module's demo content, run once after the demo users exist. */
export type DemoLoader = (database: Database, options: DemoOptions) => Promise<void>;

/**
 * Loads the demo data when the database is empty; returns true when it did. The demo is made for
 * `options.today` (default: today in Denmark): its meetings, agendas and cases are dated around
 * that day, before and after the 2027 reform alike, so it makes sense on any day.
 */
export async function loadDemoData(
  database: Database,
  loaders: DemoLoader[] = [],
  options: DemoOptions = { today: todayInDenmark() },
): Promise<boolean> {
  if ((await countUsers(database.db)) > 0) return false;
  for (const { scopes, ...user } of DEMO_USERS) {
    const created = await createUser(database.db, SYSTEM_ACTOR, {
      ...user,
      password: DEMO_PASSWORD,
    });
    await replaceGrants(database.db, created.id, 'manual', scopes);
  }
  for (const load of loaders) await load(database, options);
  return true;
}
