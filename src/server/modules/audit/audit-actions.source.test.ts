/**
 * The registry of audit actions (src/shared/audit-actions.ts) against the server's source: every
 * dotted action code written next to an audit row is registered, so it has labels. The writer's
 * type already refuses an unregistered code; this catches one smuggled past it with a cast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  FACT_AUDIT_KINDS,
  VERSIONED_AUDIT_KINDS,
} from '../../../shared/audit-actions';

const SERVER = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The dotted codes on lines that build an audit row (`action: …`, `agendaAudit('…'`, …). */
function auditCodesIn(source: string): string[] {
  const codes: string[] = [];
  for (const line of source.split('\n')) {
    if (!/\baction\b|Audit\(|AUDIT_ACTION/.test(line)) continue;
    for (const m of line.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g)) {
      if (m[1]) codes.push(m[1]);
    }
  }
  return codes;
}

/** Entity types written as literals (`entityType: '…'`). */
function entityTypesIn(source: string): string[] {
  return [...source.matchAll(/entityType: '([a-zA-Z]+)'/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

describe('the audit registry covers the server', () => {
  const files = sourceFiles(SERVER);
  const registered = new Set<string>(AUDIT_ACTIONS);

  it('finds the codes the server writes (the scan works)', () => {
    expect(auditCodesIn("      action: moved ? 'meeting.move' : 'meeting.update',")).toEqual([
      'meeting.move',
      'meeting.update',
    ]);
    expect(auditCodesIn("audit: agendaAudit('agenda.publish', meetingId, {})")).toEqual([
      'agenda.publish',
    ]);
    const all = files.flatMap((f) => auditCodesIn(readFileSync(f, 'utf8')));
    expect(all.length).toBeGreaterThan(80);
  });

  it('registers every action code the server writes', () => {
    const missing = files.flatMap((file) =>
      auditCodesIn(readFileSync(file, 'utf8'))
        .filter((code) => !registered.has(code))
        .map((code) => `${code} (${file.slice(SERVER.length + 1)})`),
    );
    expect(missing).toEqual([]);
  });

  it('registers every entity type the server writes', () => {
    const types = new Set<string>(AUDIT_ENTITY_TYPES);
    const missing = files.flatMap((file) =>
      entityTypesIn(readFileSync(file, 'utf8')).filter((t) => !types.has(t)),
    );
    expect(missing).toEqual([]);
  });

  it('registers the generic organisation actions (`${kind}.create` and so on)', () => {
    for (const kind of VERSIONED_AUDIT_KINDS) {
      for (const verb of ['create', 'update', 'end'])
        expect(registered).toContain(`${kind}.${verb}`);
    }
    for (const kind of FACT_AUDIT_KINDS) expect(registered).toContain(`${kind}.end`);
  });
});
