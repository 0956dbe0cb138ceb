/**
 * Templates derived from the shipped reference data:
 * `templates generate-2027 [--region <region>] [--out file]` writes the 2027 organisation file
 * (all of Denmark, or one region) from reference/dk-health-councils-2027.csv and
 * reference/dk-municipalities.csv (src/domain/organisation-file/reform-2027.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isRegion2027, REGIONS_2027, reform2027Yaml } from '../../domain/organisation-file/index';
import { loadReferenceData } from '../modules/organisation/index';

function runGenerate2027(opts: { region?: string; out?: string }): void {
  if (opts.region !== undefined && !isRegion2027(opts.region)) {
    console.error(`--region skal være en af ${REGIONS_2027.join(', ')} (fik ${opts.region}).`);
    process.exitCode = 2;
    return;
  }
  const text = reform2027Yaml(loadReferenceData(), opts.region);
  if (opts.out) {
    writeFileSync(opts.out, text);
    console.log(`Organisationsfilen er skrevet til ${opts.out}.`);
  } else process.stdout.write(text);
}

/** Registers `templates generate-2027`. */
export function registerTemplateCommands(program: Command): void {
  const templates = program
    .command('templates')
    .description('Skabeloner fra referencedata / templates from the reference data');
  templates
    .command('generate-2027')
    .description(
      'Skriv 2027-organisationsfilen (sundhedsråd, regioner, KKR) / write the 2027 organisation file',
    )
    .option(
      '--region <region>',
      `kun én region: ${REGIONS_2027.join(', ')} (standard: hele landet)`,
    )
    .option('--out <file>', 'skriv til filen i stedet for standard output')
    .action(runGenerate2027);
}
