/**
 * Demo data on the command line: `demo generate --scale national|region|small` fills the
 * configured database with fictional meetings, agendas, minutes and cases over the real
 * structures of the reference data (src/server/demo/generate). Room for more `demo` commands.
 */
import type { Command } from 'commander';
import { GENERATE_SCALES, generateData, type GenerateScale } from '../demo/generate/index';
import { withDatabase } from './context';

function isScale(value: string): value is GenerateScale {
  return (GENERATE_SCALES as readonly string[]).includes(value);
}

async function runGenerate(opts: { scale: string }): Promise<void> {
  if (!isScale(opts.scale)) {
    console.error(`--scale skal være en af ${GENERATE_SCALES.join(', ')} (fik ${opts.scale}).`);
    process.exitCode = 2;
    return;
  }
  const scale = opts.scale;
  await withDatabase(async (database) => {
    try {
      const summary = await generateData(database, scale, (line) => console.log(line));
      console.log(
        `Genereret (${summary.scale}): ${summary.collaborations} samarbejder, ${summary.meetings} møder, ` +
          `${summary.agendaItems} dagsordenspunkter, ${summary.cases} sager, ${summary.caseSteps} sagstrin, ` +
          `${summary.caseEvents} sagshændelser på ${(summary.ms / 1000).toFixed(1)} s.`,
      );
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    }
  });
}

/** Registers `demo generate`. */
export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('Demodata / demo data');
  demo
    .command('generate')
    .description(
      'Generér fiktive data over de rigtige strukturer / generate fictional data at scale',
    )
    .option('--scale <scale>', `${GENERATE_SCALES.join(' | ')}`, 'small')
    .action(runGenerate);
}
