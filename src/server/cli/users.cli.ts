/** Account commands: create-user, set-password. */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { CreateUserRequestSchema, PASSWORD_MIN_LENGTH } from '../../shared/auth.contract';
import { ROLES } from '../../shared/roles';
import { parseScopeList } from '../../shared/scopes';
import { replaceGrants } from '../modules/access/index';
import { createUser, findUserByEmail, setPassword } from '../modules/auth/index';
import { AppError } from '../platform/errors';
import { cliActor, withDatabase } from './context';

function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Runs a change; a refusal (weak password, e-mail taken) becomes a message and exit code 2. */
async function refusalsAsMessages(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(err.detail?.da ?? err.message);
    process.exitCode = 2;
  }
}

export function registerUserCommands(program: Command): void {
  program
    .command('create-user')
    .description('Opret en bruger / create an account')
    .requiredOption('--email <email>', 'e-mail (login)')
    .requiredOption('--name <name>', 'fulde navn')
    .option('--role <role>', `rolle: ${ROLES.join(', ')}`, 'reader')
    .option(
      '--password <password>',
      `adgangskode (min. ${PASSWORD_MIN_LENGTH} tegn, ikke let at gætte); udelades: genereres`,
    )
    .option('--no-password', 'ingen adgangskode (kun OIDC-login)')
    .option(
      '--scope <scope...>',
      'adgangsområde(r), hvor rollen gælder: all, region:<navn>, collaboration|cluster|forum|party:<id>',
    )
    .action(
      async (opts: {
        email: string;
        name: string;
        role: string;
        password?: string | false;
        scope?: string[];
      }) => {
        const password =
          opts.password === false ? undefined : (opts.password ?? generatedPassword());
        const input = CreateUserRequestSchema.safeParse({ ...opts, password });
        if (!input.success) {
          console.error(`Ugyldige oplysninger:\n${z.prettifyError(input.error)}`);
          process.exitCode = 2;
          return;
        }
        const scopes = parseScopeList(opts.scope ?? []);
        if (!scopes.ok) {
          console.error(`Ugyldigt adgangsområde: ${scopes.error}`);
          process.exitCode = 2;
          return;
        }
        await withDatabase(({ db }) =>
          refusalsAsMessages(async () => {
            const user = await createUser(db, cliActor(), input.data);
            await replaceGrants(db, user.id, 'manual', scopes.value);
            console.log(`Bruger oprettet: ${user.email} (${user.role})`);
            if (scopes.value.length === 0 && user.role !== 'admin' && user.role !== 'reader') {
              console.log('Bemærk: uden adgangsområde gælder rollen kun gennem brugerens pladser.');
            }
            if (password && !opts.password) console.log(`Adgangskode: ${password}`);
          }),
        );
      },
    );

  program
    .command('set-password')
    .description('Sæt en ny adgangskode / set a new password (ends all sessions)')
    .requiredOption('--email <email>', 'e-mail')
    .option('--password <password>', 'ny adgangskode; udelades: genereres')
    .action(async (opts: { email: string; password?: string }) => {
      const password = opts.password ?? generatedPassword();
      if (password.length < PASSWORD_MIN_LENGTH) {
        console.error(`Adgangskoden skal have mindst ${PASSWORD_MIN_LENGTH} tegn.`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async ({ db }) => {
        const user = await findUserByEmail(db, opts.email);
        if (!user) {
          console.error(`Ingen bruger med e-mailen ${opts.email}.`);
          process.exitCode = 1;
          return;
        }
        await refusalsAsMessages(async () => {
          await setPassword(db, cliActor(), user.id, password);
          console.log(`Ny adgangskode sat for ${user.email}.`);
          if (!opts.password) console.log(`Adgangskode: ${password}`);
        });
      });
    });
}
