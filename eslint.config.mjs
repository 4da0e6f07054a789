import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['generated/**', '.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/out/**', 'tmp/**'],
  },
  {
    // lib/rules is the pure heart of the product: nothing from the framework may leak in.
    files: ['lib/rules/**', 'lib/statutes/**', 'lib/booking/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'react', 'react-dom', '@prisma/*', '@/generated/*', 'next-intl', 'next-intl/*', '@/lib/db', '@/lib/server/*', 'server-only'] }],
    },
  },
]

export default config
