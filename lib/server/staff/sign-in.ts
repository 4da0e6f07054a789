import 'server-only'
import { APIError } from 'better-auth/api'
import { headers } from 'next/headers'
import { isTotpCode, type SecondFactor, type SignIn } from '@/lib/auth/forms'
import { db } from '@/lib/db'
import { writeAudit } from '@/lib/server/audit-core'
import { getAuth } from '@/lib/server/auth'
import { clientAddress } from '@/lib/server/client-address'
import { clearFailures, lockedUntil, recordFailure, throttleKey } from './throttle-core'

export type SignInOutcome =
  | { ok: true; next: 'two-factor' | 'dashboard' | 'two-factor-setup' }
  | { ok: false; error: 'invalid' | 'locked' | 'deactivated'; until?: string }

const codeOf = (error: unknown) => (error instanceof APIError ? String((error.body as { code?: string } | undefined)?.code ?? '') : '')

/**
 * Password step. A locked account or address is refused before the password is checked, so even
 * the right password waits out the lock. Every outcome is in the audit log (ids only).
 */
export async function signInWithPassword(input: SignIn): Promise<SignInOutcome> {
  const now = new Date()
  const address = await clientAddress()
  const accountKey = throttleKey('account', input.email)
  const keys = [accountKey, throttleKey('address', address)]
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, twoFactorEnabled: true } })
  const failed = (reason: string) =>
    writeAudit(db, { actorId: user?.id ?? null, action: 'auth.sign-in-failed', targetType: 'user', targetId: user?.id, detail: { reason }, address })

  const locked = await lockedUntil(db, keys, now)
  if (locked) {
    await failed('locked')
    return { ok: false, error: 'locked', until: locked.toISOString() }
  }
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: await headers(),
    })
    await clearFailures(db, accountKey)
    if ('twoFactorRedirect' in result && result.twoFactorRedirect) return { ok: true, next: 'two-factor' }
    await writeAudit(db, { actorId: user?.id ?? null, action: 'auth.sign-in', targetType: 'user', targetId: user?.id, detail: { factor: 'password' }, address })
    return { ok: true, next: user?.role === 'admin' && !user.twoFactorEnabled ? 'two-factor-setup' : 'dashboard' }
  } catch (error) {
    const code = codeOf(error)
    if (code === 'BANNED_USER') {
      await failed('deactivated')
      return { ok: false, error: 'deactivated' }
    }
    if (!(error instanceof APIError)) throw error
    await recordFailure(db, keys, now)
    await failed('password')
    const lockedNow = await lockedUntil(db, keys, now)
    return lockedNow ? { ok: false, error: 'locked', until: lockedNow.toISOString() } : { ok: false, error: 'invalid' }
  }
}

export type SecondFactorOutcome = { ok: true } | { ok: false; error: 'invalid-code' | 'expired' | 'code-locked' }

/** Second step: the authenticator code (or a backup code) for the sign-in the password started. */
export async function signInWithSecondFactor(input: SecondFactor): Promise<SecondFactorOutcome> {
  const address = await clientAddress()
  const requestHeaders = await headers()
  try {
    const result = isTotpCode(input.code)
      ? await getAuth().api.verifyTOTP({ body: { code: input.code, trustDevice: false }, headers: requestHeaders })
      : await getAuth().api.verifyBackupCode({ body: { code: input.code, trustDevice: false }, headers: requestHeaders })
    const userId = result.user?.id ?? null
    await writeAudit(db, {
      actorId: userId,
      action: 'auth.sign-in',
      targetType: 'user',
      targetId: userId ?? undefined,
      detail: { factor: isTotpCode(input.code) ? 'totp' : 'backup-code' },
      address,
    })
    return { ok: true }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    const code = codeOf(error)
    await writeAudit(db, { actorId: null, action: 'auth.sign-in-failed', detail: { reason: 'second-factor', code }, address })
    if (code === 'INVALID_TWO_FACTOR_COOKIE') return { ok: false, error: 'expired' }
    if (code === 'ACCOUNT_TEMPORARILY_LOCKED' || code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE') return { ok: false, error: 'code-locked' }
    return { ok: false, error: 'invalid-code' }
  }
}

export async function signOut(actorId: string | null): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() })
  if (actorId) await writeAudit(db, { actorId, action: 'auth.sign-out', targetType: 'user', targetId: actorId, address: await clientAddress() })
}
