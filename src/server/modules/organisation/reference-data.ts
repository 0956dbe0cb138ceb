/**
 * Loads the shipped reference data (reference/dk-municipalities.csv and dk-health-clusters.csv,
 * described in reference/REFERENCE-NOTES.md, and dk-health-councils-2027.csv, described in
 * reference/REFORM-2027-NOTES.md) once per process. The parsing is pure
 * (src/domain/organisation-file/reference.ts); this file only reads the files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReferenceData, type ReferenceData } from '../../../domain/organisation-file/index';

/** The reference folder at the repository root, resolved from this file. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../../../reference/', import.meta.url));

let cached: ReferenceData | null = null;

/** Reads and parses the reference data from `dir` (default: the shipped folder). */
export function readReferenceData(dir: string = REFERENCE_DIR): ReferenceData {
  const read = (name: string) =>
    readFileSync(`${dir}${dir.endsWith('/') ? '' : '/'}${name}`, 'utf8');
  return parseReferenceData(
    read('dk-municipalities.csv'),
    read('dk-health-clusters.csv'),
    read('dk-health-councils-2027.csv'),
  );
}

/** The shipped reference data, read on first use. */
export function loadReferenceData(): ReferenceData {
  cached ??= readReferenceData();
  return cached;
}
