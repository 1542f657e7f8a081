import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the REAL running stack (deploy/local/cchc): gateway on
 * E2E_BASE_URL (default http://127.0.0.1:8080) serving this SPA and /api/v1, Keycloak on
 * E2E_KEYCLOAK_URL (default http://127.0.0.1:8180).
 *
 * Uses Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium); never run `npx playwright install`.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080',
    browserName: 'chromium',
    headless: true,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
