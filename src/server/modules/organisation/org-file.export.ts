/**
 * Exporting a stored collaboration as an organisation file (YAML). Each entity is written once,
 * with the attributes valid on the export day and its whole period; importing the export again
 * changes nothing. Office holdings and appointments of real persons are left out (files hold
 * fictional persons only); a seat's `note` (free text for readers of the file) is not stored and
 * therefore not exported.
 */
import {
  storedToNormalised,
  stringifyOrgFile,
  toFileData,
} from '../../../domain/organisation-file/index';
import type { Db } from '../../db/client';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import { loadPartyKeys, loadSnapshot } from './org-snapshot.repo';
import { findEntityIdByKey } from './org-version.repo';
import { loadReferenceData } from './reference-data';

/** Options of an export. */
export interface ExportOptions {
  /** The day whose attributes are written (default today). */
  asOf?: IsoDate | undefined;
  today?: IsoDate;
}

function header(name: string, today: IsoDate, asOf: IsoDate, skipped: number): string[] {
  return [
    `Samspil: organisationsfil for ${name}.`,
    `Eksporteret ${today}; attributterne er dem, der gælder ${asOf}. Format: docs/org-file.md.`,
    'Noter på pladser (note:) gemmes ikke i databasen og er derfor ikke med.',
    ...(skipped > 0
      ? [
          `${skipped} embeder/udpegninger for virkelige personer er udeladt (vedligeholdes i Samspil).`,
        ]
      : []),
  ];
}

/** The collaboration with `key` as YAML, or null when there is none. */
export async function exportOrgFile(
  db: Db,
  key: string,
  options: ExportOptions = {},
): Promise<string | null> {
  const id = await findEntityIdByKey(db, 'collaboration', null, key);
  if (id === null) return null;
  const today = options.today ?? todayInDenmark();
  const asOf = options.asOf ?? today;
  const reference = loadReferenceData();
  const stored = await loadSnapshot(db, id);
  const own = new Set(stored.parties.map((p) => p.entityId));
  const foreignIds = stored.parties
    .flatMap((p) => p.predecessorPartyIds)
    .filter((x) => !own.has(x));
  const foreign = await loadPartyKeys(db, [...new Set(foreignIds)]);
  const view = storedToNormalised(stored, asOf, reference, foreign);
  if (view === null) return null;
  return stringifyOrgFile(toFileData(view.org), {
    header: header(view.org.collaboration.name, today, asOf, view.skippedFacts),
    reference,
  });
}
