import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium'

const PORT = Number(process.env.E2E_PORT ?? 3210)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe on a long page takes several seconds on these 2-core machines; a timeout is a failure, not a budget.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@isolated/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/, grepInvert: /@isolated/ },
    // Tests that count rows across the whole database ("nothing stored") run after all others, so no
    // other worker's booking or request lands in their count. Because of the dependencies, running one
    // spec file runs the two other projects in full first; add --no-deps to run just that file.
    {
      name: 'isolated',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      grep: /@isolated/,
      dependencies: ['desktop', 'phone'],
    },
  ],
  webServer: {
    // A production build (`next build` runs first in the test command) on a fresh database file.
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
