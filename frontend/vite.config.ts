import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The gateway serves the built SPA at http://127.0.0.1:8080/ and the API under /api/v1.
// In dev (`npm run dev`, port 5173) /api is proxied to the gateway.
const gateway = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // React + router in a long-lived vendor chunk; antd is left to automatic splitting so that
        // heavy components (Table, …) only load with the lazy pages that use them.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 30,
            },
            {
              name: 'vendor-auth',
              test: /node_modules[\\/](oidc-client-ts|react-oidc-context|jwt-decode|@tanstack|i18next|react-i18next)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // antd forms in jsdom take seconds on a busy 2-core CI machine; 5 s was not enough once
    testTimeout: 30_000,
    css: false,
  },
});
