import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const gatewayPort = Number(process.env.GATEWAY_PORT ?? 8090);

/**
 * react-router ships one large module whose components are made with `React.forwardRef(…)` and
 * named with `X.displayName = …`: statements the bundler must keep, with all they reference, even
 * when the app never uses X (NavLink, Form, ScrollRestoration…). Marking those calls pure and
 * dropping the DevTools names lets tree-shaking remove the unused ones (1.8 kB gzip on first load).
 * Should a release change this shape, nothing matches and the build is merely larger.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'tree-shake-react-router',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/ },
      handler(code) {
        const shakeable = code
          .replace(/^\s*[\w$]+\.displayName = "[^"]*";$/gm, '')
          .replace(/= (React\d*)\.(forwardRef|createContext|memo)\(/g, '= /* @__PURE__ */ $1.$2(');
        return { code: shakeable, map: null };
      },
    },
  };
}

const CLASSIC_ZOD_CORE = '?classic-zod-core';

/**
 * zod/mini (response schemas, on the first screen) and classic zod (request schemas and forms, in
 * lazily loaded pages) share zod's core modules, and a module cannot be split between chunks: the
 * first load carried every check and string format classic zod uses (e-mail, JWT, CUID…), for the
 * forms' sake. Here classic zod gets its own copy of the core, so the first load keeps only what
 * zod/mini uses there (-9 kB gzip); the forms' chunk carries the rest. zod is built for several
 * copies in one page: its config (locale) and registry live on globalThis, and `instanceof` checks
 * traits, not identity. Build only: dev and tests resolve zod as usual.
 */
function separateClassicZodCore(): Plugin {
  const zodFile = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]/;
  const classicSide = /[\\/]zod[\\/]v4[\\/](classic|locales)[\\/]/;
  const coreSide = /[\\/]zod[\\/]v4[\\/](core|locales)[\\/]/;
  return {
    name: 'separate-classic-zod-core',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !zodFile.test(importer)) return null;
      const inCopy = importer.endsWith(CLASSIC_ZOD_CORE);
      if (!inCopy && !classicSide.test(importer)) return null;
      const from = inCopy ? importer.slice(0, -CLASSIC_ZOD_CORE.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !coreSide.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${CLASSIC_ZOD_CORE}` };
    },
  };
}

export default defineConfig({
  plugins: [react(), separateClassicZodCore()],
  server: {
    // `npm run dev`: the gateway runs beside Vite and owns /auth and /api.
    proxy: {
      '/auth': `http://127.0.0.1:${gatewayPort}`,
      '/api': `http://127.0.0.1:${gatewayPort}`,
      '/events': `http://127.0.0.1:${gatewayPort}`,
    },
  },
  build: {
    // Every browser the dashboard supports has <link rel=modulepreload>.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    manifest: true, // scripts/size.ts and scripts/start.ts read dist/.vite/manifest.json
    rollupOptions: {
      plugins: [treeShakeReactRouter()],
      output: {
        codeSplitting: {
          // Everything the entry imports statically loads on every first visit anyway: one chunk
          // compresses better than the dozen small shared chunks automatic splitting makes of it.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/contract/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.tsx', 'src/{app,lib,features}/**/*.test.ts'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
