import 'server-only'
import { APIError } from 'better-auth/api'
import { headers } from 'next/headers'
import QRCode from 'qrcode'
import { db } from '@/lib/db'
import { writeAudit } from '@/lib/server/audit-core'
import { getAuth } from '@/lib/server/auth'
import { checkedPassword, type PasswordCheck } from './password-check'
import { clientAddress } from '@/lib/server/client-address'

export type TwoFactorEnrolment = { qrSvg: string; secret: string; backupCodes: string[] }

const apiErrorCode = (error: APIError) => (error.body as { code?: string } | undefined)?.code

/**
 * Starts enrolment: checks the password again, returns the QR code, the secret and backup codes.
 * The password check counts against the same per-account throttle as changing the password and
 * turning two-factor off (checkedPassword): better-auth checks the password before it says two-factor
 * is already on, so either answer tells whether the password was right. A locked account is refused
 * before the password is checked. Only a wrong password counts as one; any other refusal is unexpected.
 */
export async function startTwoFactor(
  userId: string,
  password: string,
): Promise<TwoFactorEnrolment | 'wrong-password' | 'locked' | 'already-enabled'> {
  const requestHeaders = await headers()
  let outcome: TwoFactorEnrolment | 'already-enabled' | undefined
  const check = await checkedPassword(userId, async () => {
    try {
      const result = await getAuth().api.enableTwoFactor({ body: { password, method: 'totp' }, headers: requestHeaders })
      if (result.method !== 'totp') throw new Error('expected a TOTP enrolment')
      const uri = result.totpURI
      const secret = new URL(uri).searchParams.get('secret') ?? ''
      const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      outcome = { qrSvg, secret, backupCodes: result.backupCodes }
      return true
    } catch (error) {
      if (!(error instanceof APIError)) throw error
      const code = apiErrorCode(error)
      if (code === 'INVALID_PASSWORD') return false
      // Said only after the password was accepted.
      if (code === 'TOTP_ALREADY_ENABLED') {
        outcome = 'already-enabled'
        return true
      }
      throw error
    }
  })
  if (check !== 'ok') return check
  if (!outcome) throw new Error('two-factor enrolment gave no result')
  return outcome
}

/**
 * Finishes enrolment with a first code from the app; from then on sign-in asks for a code. When
 * two-factor was already on, the code is still checked but nothing is recorded: the audit log says
 * 'two-factor enabled' only when it was turned on.
 */
export async function confirmTwoFactor(userId: string, code: string): Promise<boolean> {
  const before = await db.user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } })
  try {
    await getAuth().api.verifyTOTP({ body: { code, trustDevice: false }, headers: await headers() })
  } catch (error) {
    if (error instanceof APIError) return false
    throw error
  }
  if (before?.twoFactorEnabled) return true
  await writeAudit(db, {
    actorId: userId,
    action: 'auth.two-factor-enabled',
    targetType: 'user',
    targetId: userId,
    address: await clientAddress(),
  })
  return true
}

/** Staff (not administrators) may turn it off again, with their password. */
export async function disableTwoFactor(userId: string, password: string): Promise<PasswordCheck> {
  const requestHeaders = await headers()
  const result = await checkedPassword(userId, async () => {
    try {
      await getAuth().api.disableTwoFactor({ body: { password }, headers: requestHeaders })
      return true
    } catch (error) {
      if (error instanceof APIError) return false
      throw error
    }
  })
  if (result !== 'ok') return result
  await writeAudit(db, {
    actorId: userId,
    action: 'auth.two-factor-disabled',
    targetType: 'user',
    targetId: userId,
    address: await clientAddress(),
  })
  return 'ok'
}
