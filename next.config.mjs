import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

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
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withNextIntl(nextConfig)
