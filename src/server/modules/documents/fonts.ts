/**
 * The font embedded in PDFs: DejaVu Sans (all Danish letters, free licence), from the npm
 * package `dejavu-fonts-ttf` (a dependency, so every install has it), else from Debian's
 * fonts-dejavu-core, else Liberation Sans from fonts-liberation. Without any of them the PDF
 * falls back to the standard Helvetica (æøå still print, but the font is not embedded and the
 * file is not PDF/UA), and a warning is logged once.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A regular and a bold font file. */
export interface FontPair {
  regular: string;
  bold: string;
  name: string;
}

function packageFonts(): FontPair | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return {
      regular: join(dir, 'DejaVuSans.ttf'),
      bold: join(dir, 'DejaVuSans-Bold.ttf'),
      name: 'DejaVu Sans (npm)',
    };
  } catch {
    return null;
  }
}

const SYSTEM_FONTS: readonly FontPair[] = [
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    name: 'DejaVu Sans (Debian)',
  },
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    name: 'Liberation Sans (Debian)',
  },
];

let resolved: FontPair | null | undefined;

/** The first complete font pair found, or null (cached after the first call). */
export function documentFonts(): FontPair | null {
  if (resolved !== undefined) return resolved;
  const candidates = [packageFonts(), ...SYSTEM_FONTS].filter((f): f is FontPair => f !== null);
  resolved = candidates.find((f) => existsSync(f.regular) && existsSync(f.bold)) ?? null;
  if (!resolved) {
    console.warn(
      'Samspil: no DejaVu or Liberation font found; PDFs use Helvetica (not embedded, not PDF/UA).',
    );
  }
  return resolved;
}
