import 'server-only'
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { nextCookies } from 'better-auth/next-js'
import { admin } from 'better-auth/plugins/admin'
import { twoFactor } from 'better-auth/plugins/two-factor'
import { authSecret } from '@/lib/auth/secret'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-policy'
import { db } from '@/lib/db'
import { databaseProvider, env } from '@/lib/env'

/**
 * Staff authentication (better-auth). Its HTTP handler is deliberately not mounted: staff sign in
 * through this app's own server actions (lib/server/staff/sign-in.ts), which validate with the
 * forms' zod schemas, throttle per account and per address, and write the audit log; so no
 * sign-up, impersonation or other endpoint of the library is reachable from outside.
 * See docs/decisions/007-staff-authentication.md.
 */
function createAuth() {
  return betterAuth({
    appName: 'Immigration case intake',
    baseURL: env.APP_URL,
    secret: authSecret(),
    database: prismaAdapter(db, { provider: databaseProvider() }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      // The absolute timeout: never extended. The idle timeout is checked on every request from
      // Session.lastActiveAt (lib/server/staff/session.ts).
      expiresIn: env.SESSION_MAX_SECONDS,
      disableSessionRefresh: true,
      // No cookie cache: every request reads the session row, so sign-out and revocation are immediate.
      cookieCache: { enabled: false },
      additionalFields: {
        lastActiveAt: { type: 'date', required: false, input: false, defaultValue: () => new Date() },
      },
    },
    advanced: {
      cookiePrefix: 'staff',
      useSecureCookies: env.APP_URL.startsWith('https://'),
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
      // Sign-in throttling keys addresses itself (lib/server/staff/client-address.ts); the session
      // rows need no address.
      ipAddress: { disableIpTracking: true },
    },
    rateLimit: { enabled: false },
    plugins: [
      admin({ defaultRole: 'staff', adminRoles: ['admin'] }),
      twoFactor({ issuer: 'Case intake', totpOptions: { digits: 6, period: 30 } }),
      // Lets server actions set the cookies better-auth returns; keep it last.
      nextCookies(),
    ],
  })
}

export type Auth = ReturnType<typeof createAuth>
let instance: Auth | undefined

/** Created on first use, not at import: a build must not need the secret or the database. */
export const getAuth = (): Auth => (instance ??= createAuth())
