/**
 * The worker tasks of organisation files: reading (YAML, schema, semantics) and checking
 * (composition on a day) are pure and CPU-heavy, so the API and the CLI run them on the worker
 * pool; planning and applying an import read and write the database and stay on the main thread,
 * fed the parsed file. Inputs and outputs are plain data (structured clone): the YAML document
 * and its locator stay in the worker, and problems found later (by the import planner) are
 * located by a second task that reads the text again.
 */
import {
  checkOrgFile,
  dottedPath,
  locatorOf,
  parseOrgFile,
  type FilePath,
  type NormalisedOrg,
} from '../../../domain/organisation-file/index';
import type { IsoDate } from '../../../shared/dates';
import type { OrgFileProblem } from '../../../shared/org-file.contract';
import { createInlinePool, taskCaller, type WorkerPool } from '../../platform/worker-pool';
import { loadReferenceData } from './reference-data';

/** What a check needs: the text and the day (today is passed in, the worker has no clock). */
export interface CheckTaskInput {
  text: string;
  today: IsoDate;
  date?: IsoDate | undefined;
  strict?: boolean | undefined;
}

/** A check's outcome as the API and the CLI report it. */
export interface CheckSummary {
  date: IsoDate | null;
  errors: OrgFileProblem[];
  warnings: OrgFileProblem[];
}

/** A read file: the normalised model when it has no errors, and every problem. */
export interface ParsedOrgFile {
  org: NormalisedOrg | null;
  errors: OrgFileProblem[];
  warnings: OrgFileProblem[];
}

/** A problem at a path of the file, to be given its line and column. */
export interface PathProblem {
  path: FilePath;
  message: string;
  messageEn: string;
}

function checkTask(input: CheckTaskInput): CheckSummary {
  const result = checkOrgFile(input.text, loadReferenceData(), {
    today: input.today,
    ...(input.date ? { date: input.date } : {}),
    ...(input.strict ? { strict: true } : {}),
  });
  return { date: result.date, errors: result.errors, warnings: result.warnings };
}

function parseTask(input: { text: string }): ParsedOrgFile {
  const { org, errors, warnings } = parseOrgFile(input.text, loadReferenceData());
  return { org, errors, warnings };
}

function locateTask(input: { text: string; problems: PathProblem[] }): OrgFileProblem[] {
  const locator = locatorOf(input.text);
  return input.problems.map((p) => ({
    path: dottedPath(p.path),
    ...locator.locate(p.path),
    message: p.message,
    messageEn: p.messageEn,
  }));
}

/** The organisation-file tasks, by name (see `src/server/worker-tasks.ts`). */
export const ORG_FILE_TASKS = {
  'orgFile.check': checkTask,
  'orgFile.parse': parseTask,
  'orgFile.locate': locateTask,
} as const;

/** Runs an organisation-file task on a pool. */
export const runOrgFileTask = taskCaller(ORG_FILE_TASKS);

/** The tasks run inline: for callers without a pool (seeding, tests of the services). */
export const INLINE_ORG_FILE_POOL: WorkerPool = createInlinePool(ORG_FILE_TASKS);
