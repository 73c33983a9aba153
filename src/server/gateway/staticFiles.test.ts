import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const second = await gateway.app.request('/assets/index-abc123.js', { headers: { 'If-None-Match': etag! } });
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
    for (const sneaky of ['/.vite/manifest.json', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a/%00.js', '/%E0%A4%A.js']) {
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
