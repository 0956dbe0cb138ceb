/**
 * Precompression of the built web app (issue 10 item 4): beside every compressible file of
 * dist/web a brotli (`.br`) and a gzip (`.gz`) sibling, written at build time (the Vite config's
 * plugin) so the server sends them as they are (@fastify/static `preCompressed`) and never
 * compresses per request. A sibling is written only when it is smaller than the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
  '.ico',
]);

/** Smaller files gain nothing worth an extra file and a header. */
const MIN_BYTES = 256;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the `.br` and `.gz` siblings of every compressible file under `dir`; returns how many. */
export async function precompressDir(dir: string): Promise<{ files: number; siblings: number }> {
  let files = 0;
  let siblings = 0;
  for await (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    const content = await readFile(path);
    if (content.length < MIN_BYTES) continue;
    files += 1;
    const [br, gzipped] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gz(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < content.length) {
      await writeFile(`${path}.br`, br);
      siblings += 1;
    }
    if (gzipped.length < content.length) {
      await writeFile(`${path}.gz`, gzipped);
      siblings += 1;
    }
  }
  return { files, siblings };
}
