import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const gatewayPort = Number(process.env.GATEWAY_PORT ?? 8090);

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
