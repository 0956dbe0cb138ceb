import { describe, expect, it } from 'vitest';
import { startupBanner } from './banner';
import { loadConfig } from './config';

/** English words that gave the old banner away as half translated. */
const ENGLISH = /\b(in|running|on|the|not set|users|same password|database at)\b/i;

describe('the start-up banner', () => {
  it('is Danish on PGlite with demo users and no mail server', () => {
    const config = loadConfig({ DATA_DIR: './data', PORT: '3000' });
    const lines = startupBanner(config, {
      emails: ['admin@demo.samspil.dk', 'sekretariat@demo.samspil.dk'],
      password: 'hemmelig',
    });
    expect(lines[0]).toBe('Samspil kører på http://localhost:3000 (database: PGlite i ./data)');
    expect(lines).toContain('Demo-login: admin@demo.samspil.dk / hemmelig');
    expect(lines.join('\n')).toContain('SMTP_URL er ikke sat');
    for (const line of lines) {
      expect(line.replace(/\S+@\S+|https?:\/\/\S+|\b[A-Z_]{4,}\b(=\w+)?/g, '')).not.toMatch(
        ENGLISH,
      );
    }
  });

  it('names PostgreSQL, leaves the demo and mail lines out when they do not apply', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db.example/samspil',
      SMTP_URL: 'smtp://mail.example',
      PUBLIC_URL: 'https://samspil.example',
    });
    const lines = startupBanner(config, null);
    expect(lines[0]).toBe('Samspil kører på https://samspil.example (database: PostgreSQL)');
    expect(lines.join('\n')).not.toMatch(/Demo|SMTP_URL/);
  });
});
