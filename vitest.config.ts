import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Database tests start their own servers and files; keep them from racing each other.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['lib/rules/**/*.ts'],
      exclude: ['lib/rules/**/*.test.ts', 'lib/rules/**/test-*.ts'],
      reporter: ['text-summary'],
      thresholds: {
        'lib/rules/**/*.ts': { branches: 100, functions: 100, lines: 100, statements: 100 },
      },
    },
  },
})
