/** What the plans module's routes are given (from app.ts). */
import type { Db } from '../../db/client';

export interface PlansDeps {
  db: Db;
}
