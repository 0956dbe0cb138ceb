/**
 * What `npm start` prints once the server listens: where it runs, on which database, how e-mail
 * is set up and the demo logins, in Danish like the rest of the product's face.
 */
import type { Config } from './config';

/** The demo logins the banner names (the first is the one to try). */
export interface BannerDemo {
  emails: readonly string[];
  password: string;
}

/** The start-up banner's lines. */
export function startupBanner(config: Config, demo: BannerDemo | null): string[] {
  const database =
    config.database.kind === 'pglite'
      ? `PGlite i ${config.database.dataDir ?? 'hukommelsen'}`
      : 'PostgreSQL';
  const lines = [`Samspil kører på ${config.publicUrl} (database: ${database})`];
  if (!config.smtpUrl) {
    lines.push('E-mail: SMTP_URL er ikke sat, så notifikationer gemmes, men sendes ikke.');
  }
  if (demo && demo.emails.length > 0) {
    const [first, ...others] = demo.emails;
    lines.push(`Demo-login: ${first} / ${demo.password}`);
    if (others.length > 0) {
      lines.push(`Andre demo-brugere: ${others.join(', ')} (samme adgangskode)`);
    }
  }
  lines.push(
    'Log: advarsler og fejl (LOG_LEVEL=info viser mere, LOG_REQUESTS=true hver forespørgsel).',
  );
  return lines;
}
