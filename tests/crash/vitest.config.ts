import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * `npm run test:crash`: tests that run the production server as a process (kill it, schedule
 * jobs inside it). They need a build, so they run after `next build`, apart from the unit and
 * database tests, one file at a time to keep the CPU for the server under test.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../', import.meta.url)) },
  },
  test: {
    include: ['tests/crash/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
})
