import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from './compression.ts';
import { CONTENT_SECURITY_POLICY } from './middleware.ts';
import { createTestGateway, temporaryDir, type TestGateway } from './testSupport.ts';
import { embeddedUpstream } from './upstream.ts';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';
const noUpstream = embeddedUpstream(() => {
  throw new Error('static files must not call upstream');
});

describe('the built SPA', () => {
  const temp = temporaryDir('gateway-dist-');
  const dist = path.join(temp.dir, 'dist');
  let gateway: TestGateway;

  beforeAll(() => {
    writeFileSync(path.join(temp.dir, 'secret.txt'), 'TOP SECRET');
    mkdirSync(dist);
    mkdirSync(path.join(dist, 'assets'));
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
    gateway = createTestGateway(noUpstream, dist);
  });
  afterAll(() => temp.remove());

  it('serves index.html at / with no-cache and the security headers', async () => {
    const response = await gateway.app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('answers client routes with index.html', async () => {
    for (const route of ['/tickets', '/tickets/12/medias/3', '/login?returnTo=%2Ftickets', '/index.html']) {
      const response = await gateway.app.request(route);
      expect(response.status, route).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets as immutable, with their content type', async () => {
    const js = await gateway.app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log(1);');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-length')).toBe('15');
    const css = await gateway.app.request('/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await gateway.app.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await gateway.app.request('/assets/index-abc123.js');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await gateway.app.request('/assets/index-abc123.js', {
      headers: { 'If-None-Match': etag! },
    });
    expect(second.status).toBe(304);
  });

  it('answers HEAD without a body', async () => {
    const response = await gateway.app.request('/assets/index-abc123.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('15');
    expect(await response.text()).toBe('');
  });

  it('answers 404 to missing files instead of index.html', async () => {
    for (const missing of ['/assets/gone-123.js', '/assets/deep', '/missing.png']) {
      const response = await gateway.app.request(missing);
      expect(response.status, missing).toBe(404);
    }
  });

  it('never serves hidden files or anything outside dist', async () => {
    for (const sneaky of [
      '/.vite/manifest.json',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/a/%00.js',
      '/%E0%A4%A.js',
    ]) {
      const response = await gateway.app.request(sneaky);
      expect(response.status, sneaky).toBe(404);
      expect(await response.text(), sneaky).not.toContain('TOP SECRET');
    }
  });

  it('refuses other methods outside /api and /auth', async () => {
    const response = await gateway.app.request('/tickets', { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it('says so when the SPA is not built', async () => {
    const unbuilt = createTestGateway(noUpstream, path.join(temp.dir, 'nothing-here'));
    const response = await unbuilt.app.request('/tickets');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build/);
  });
});

describe('compression of the SPA files', () => {
  const temp = temporaryDir('gateway-dist-gz-');
  const script = `export const words = ${JSON.stringify('compressible '.repeat(500))};\n`;
  let gateway: TestGateway;

  beforeAll(() => {
    mkdirSync(path.join(temp.dir, 'assets'));
    writeFileSync(path.join(temp.dir, 'index.html'), INDEX);
    writeFileSync(path.join(temp.dir, 'assets', 'big-123.js'), script);
    writeFileSync(path.join(temp.dir, 'assets', 'photo-123.png'), Buffer.alloc(4096, 7));
    gateway = createTestGateway(noUpstream, temp.dir);
  });
  afterAll(() => temp.remove());

  it('sends brotli when accepted, gzip otherwise, the plain file when neither', async () => {
    const br = await gateway.app.request('/assets/big-123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength);
    expect(brotliDecompressSync(brBytes).toString()).toBe(script);
    expect(brBytes.byteLength).toBeLessThan(script.length / 10);

    const gz = await gateway.app.request('/assets/big-123.js', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    expect(gz.headers.get('etag')).not.toBe(br.headers.get('etag'));

    const plain = await gateway.app.request('/assets/big-123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('leaves small files and images alone', async () => {
    const headers = { 'Accept-Encoding': 'br, gzip' };
    const png = await gateway.app.request('/assets/photo-123.png', { headers });
    expect(png.headers.get('content-encoding')).toBeNull();
    const html = await gateway.app.request('/', { headers });
    expect(html.headers.get('content-encoding')).toBeNull(); // under 1 kB
  });

  it('reads Accept-Encoding like a browser would', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
