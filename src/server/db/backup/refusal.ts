/** Why a backup or restore was refused, in Danish and English for the operator. */

export type RefusalCode =
  /** The file is not a Samspil backup, or is damaged. */
  | 'not-a-backup'
  /** A backup file format this version does not read. */
  | 'format-version'
  /** The database has no Samspil schema (never migrated): nothing to back up. */
  | 'no-schema'
  /** The backup was made with migrations this code does not have yet. */
  | 'newer-schema'
  /** The backup holds a migration this code has never had (another branch or edition). */
  | 'unknown-schema'
  /** The target database holds data and `--force` was not given. */
  | 'target-not-empty'
  /** The backup file already exists and `--force` was not given. */
  | 'file-exists'
  /** The backup's tables or columns do not match the schema its migrations build. */
  | 'table-mismatch'
  /** Rows read back do not match the backup's row counts or checksums. */
  | 'checksum-mismatch';

/** A refusal: nothing was written (a restore's transaction was rolled back). */
export class BackupRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly da: string,
    readonly en: string,
  ) {
    super(`${da}\n${en}`);
    this.name = 'BackupRefusal';
  }
}

/** A table whose rows do not match the backup's row count or checksum. */
export function checksumMismatch(table: string, what: string): BackupRefusal {
  return new BackupRefusal(
    'checksum-mismatch',
    `Tabellen ${table} stemmer ikke med sikkerhedskopiens manifest (${what}). Intet er ændret.`,
    `The table ${table} does not match the backup's manifest (${what}). Nothing was changed.`,
  );
}
