import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built SPA at http://127.0.0.1:8080/ and the API under /api/v1.
// In dev (`npm run dev`, port 5173) /api is proxied to the gateway.
const gateway = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';

/**
 * The PWA (issue 17, docs/performance.md): the app shell is precached, so the SPA opens offline; the public catalogue
 * (`GET /api/v1/procedures…` without a token) is cached NetworkFirst with a short timeout, so it opens offline with the
 * last answers seen. Answers to calls carrying a bearer token are never cached (the SPA sends one on every call when
 * signed in, src/api/client.ts). The web manifest is in Vietnamese.
 *
 * vite-plugin-pwa is imported when installed: without it the build still works, without the service worker, and
 * `scripts/size-budget.mjs --require-pwa` (deploy/local/test-all) fails.
 */
async function pwa(): Promise<PluginOption[]> {
  let VitePWA: typeof import('vite-plugin-pwa').VitePWA;
  try {
    ({ VitePWA } = await import('vite-plugin-pwa'));
  } catch {
    if (process.argv.some((a) => a === 'build')) console.warn('vite-plugin-pwa is not installed: no service worker');
    return [];
  }
  return [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Cải cách hành chính',
        short_name: 'CCHC',
        description: 'Hệ thống quản lý cải cách hành chính: thủ tục hành chính, hồ sơ, tra cứu và đánh giá',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/thu-tuc',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b71c1c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // client-side routes answer the precached shell; the API, Quarkus' /q and the OIDC callback never do
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//, /^\/\.vite\//],
        cleanupOutdatedCaches: true,
        // the worker takes the page that installed it at once: a first visit's catalogue answers are cached too
        clientsClaim: true,
        runtimeCaching: [
          {
            // the public catalogue: list, fields, units, one procedure; never an answer to a signed-in call
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              url.pathname.startsWith('/api/v1/procedures') &&
              request.method === 'GET' &&
              !request.headers.has('authorization'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'cchc-public-catalogue',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 300, maxAgeSeconds: 7 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.json',
            handler: 'NetworkFirst',
            options: { cacheName: 'cchc-config', networkTimeoutSeconds: 2, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ];
}

export default defineConfig({
  plugins: [react(), ...(await pwa())],
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
    // dist/.vite/manifest.json: read by scripts/size-budget.mjs (the public pages' JavaScript budget)
    manifest: true,
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
            // the OIDC library apart: only signed-in users and the login load it (src/auth/AuthSession.tsx)
            {
              name: 'vendor-auth',
              test: /node_modules[\\/](oidc-client-ts|react-oidc-context|jwt-decode)[\\/]/,
              priority: 20,
            },
            {
              name: 'vendor-data',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    // one jsdom window per worker thread instead of one per file: 332 tests in 175 s instead of 416 s on 2 cores
    // (the environment and the imports were 155 s of the 416); src/test/setup.ts resets what a file may leave behind
    pool: 'threads',
    isolate: false,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // antd forms in jsdom take seconds on a busy 2-core CI machine; 5 s was not enough once
    testTimeout: 30_000,
    css: false,
  },
});
