import { defineConfig } from '@playwright/test';

// Drives Debian's Chromium (no browser download) against a running stack: `make test` starts one.
export default defineConfig({
  testDir: '.',
  outputDir: './results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Sara's departure ends her access: it runs after every other test, which may sign in as her.
  projects: [
    { name: 'everyday', testIgnore: /departure\.spec\.ts/ },
    { name: 'departure', testMatch: /departure\.spec\.ts/, dependencies: ['everyday'] },
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:15173',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
