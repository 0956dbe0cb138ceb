/** What the consultations routes need: the database and the clock (tests inject a fixed one). */
import type { Db } from '../../db/client';

export interface ConsultationsDeps {
  db: Db;
  /** The current instant; the day of a change is its Danish calendar date. */
  clock: () => Date;
}
