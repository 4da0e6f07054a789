import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/**
 * JSON and calendar files never run or load anything. API routes skip the proxy, so their policy
 * is set here, unknown /api/ paths included (HSTS: lib/server/api-route.ts).
 */
const apiPolicy = { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build folder lets two builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` runs `tsc --noEmit` as its own step; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // forbidden() answers a staff member on an administrator's page with a real 403 page.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@node-rs/argon2'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [apiPolicy] },
    ]
  },
}

export default withNextIntl(nextConfig)
