/**
 * The web app's static files (issue 10 item 4): precompressed siblings chosen by Accept-Encoding,
 * a year's `immutable` caching for Vite's hashed assets, `no-cache` for index.html and other
 * unhashed files, and the SPA fallback to index.html. A tiny dist in a temp dir stands in for
 * the Vite build.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';
import { cacheControlFor, IMMUTABLE, registerWeb, REVALIDATE } from './web';

const INDEX = `<!doctype html><html><head><title>Samspil</title></head><body>${'<div></div>'.repeat(60)}</body></html>`;
const SCRIPT = `console.log(${JSON.stringify('Samspil '.repeat(200))});\n`;
const ASSET = 'assets/index-B4xT9_zQ.js';

describe('the web app’s static files', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samspil-web-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), INDEX);
    await writeFile(join(dir, ASSET), SCRIPT);
    await writeFile(join(dir, 'robots.txt'), 'User-agent: *\n'); // too small to compress
    await precompressDir(dir);
    app = Fastify({ logger: false });
    await registerWeb(app, dir);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes .br and .gz siblings of the compressible files only', async () => {
    expect((await readdir(dir)).sort()).toEqual([
      'assets',
      'index.html',
      'index.html.br',
      'index.html.gz',
      'robots.txt',
    ]);
    expect((await readdir(join(dir, 'assets'))).sort()).toEqual([
      'index-B4xT9_zQ.js',
      'index-B4xT9_zQ.js.br',
      'index-B4xT9_zQ.js.gz',
    ]);
  });

  it('sends a hashed asset as brotli, immutable for a year', async () => {
    const res = await app.inject({
      url: `/${ASSET}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the file as it is to one without either', async () => {
    const gzipped = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(SCRIPT);

    const plain = await app.inject({
      url: `/${ASSET}`,
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body).toBe(SCRIPT);
  });

  it('sends index.html compressed and to be revalidated', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX);
    }
  });

  it('revalidates unhashed files too', async () => {
    const res = await app.inject({ url: '/robots.txt', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(REVALIDATE);
  });

  it('falls back to index.html for a client-side route, compressed and revalidated', async () => {
    const res = await app.inject({
      url: '/moeder/123',
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe(REVALIDATE);
    expect(gunzipSync(res.rawPayload).toString()).toBe(INDEX);
  });

  it('answers a missing asset and an unknown API path with a 404, not the page', async () => {
    const asset = await app.inject({
      url: '/assets/gone-AAAAAAAA.js',
      headers: { accept: '*/*', 'accept-encoding': 'br' },
    });
    expect(asset.statusCode).toBe(404);
    const api = await app.inject({ url: '/api/nothing', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
  });

  it('tells hashed assets from the rest by their path', () => {
    expect(cacheControlFor('assets/index-B4xT9_zQ.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/index-B4xT9_zQ.css.br')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/logo.svg')).toBe(REVALIDATE);
    expect(cacheControlFor('index.html')).toBe(REVALIDATE);
    expect(cacheControlFor('index.html.gz')).toBe(REVALIDATE);
    expect(cacheControlFor('favicon-B4xT9_zQ.ico')).toBe(REVALIDATE);
  });
});
