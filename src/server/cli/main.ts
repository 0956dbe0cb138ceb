/** The `samspil` command line: `npm run samspil -- <command> …`. */
import { Command } from 'commander';
import { z } from 'zod';
import { ConfigError } from '../config';
import { registerBackupCommands } from './backup.cli';
import { withDatabase } from './context';
import { registerDemoCommands } from './demo.cli';
import { registerHistoryCommands } from './history.cli';
import { registerOrgCommands } from './org.cli';
import { registerPlanCommands } from './plan.cli';
import { registerTemplateCommands } from './templates.cli';
import { registerUserCommands } from './users.cli';

// Messages to the operator in Danish, like the rest of the product.
z.config(z.locales.da());

const program = new Command();
program.name('samspil').description('Samspil: kommandolinje / command line').showHelpAfterError();

program
  .command('migrate')
  .description('Opdater databasens skema / apply database migrations')
  .action(async () => {
    await withDatabase(async (database) => {
      console.log(`Databasen er opdateret (${database.kind}).`);
    });
  });

registerUserCommands(program);
registerOrgCommands(program);
registerPlanCommands(program);
registerTemplateCommands(program);
registerBackupCommands(program);
registerDemoCommands(program);
registerHistoryCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
