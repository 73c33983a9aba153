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

export default defineConfig({
  plugins: [react()],
  server: {
    // `npm run dev`: the gateway runs beside Vite and owns /auth and /api.
    proxy: {
      '/auth': `http://127.0.0.1:${gatewayPort}`,
      '/api': `http://127.0.0.1:${gatewayPort}`,
    },
  },
  build: {
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
