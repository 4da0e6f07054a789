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

/** Starts enrolment: checks the password again, returns the QR code, the secret and backup codes. */
export async function startTwoFactor(
  password: string,
): Promise<TwoFactorEnrolment | 'wrong-password' | 'already-enabled'> {
  try {
    const result = await getAuth().api.enableTwoFactor({ body: { password, method: 'totp' }, headers: await headers() })
    if (result.method !== 'totp') throw new Error('expected a TOTP enrolment')
    const uri = result.totpURI
    const secret = new URL(uri).searchParams.get('secret') ?? ''
    const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    return { qrSvg, secret, backupCodes: result.backupCodes }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    const code = (error.body as { code?: string } | undefined)?.code
    return code === 'TOTP_ALREADY_ENABLED' ? 'already-enabled' : 'wrong-password'
  }
}

/** Finishes enrolment with a first code from the app; from then on sign-in asks for a code. */
export async function confirmTwoFactor(userId: string, code: string): Promise<boolean> {
  try {
    await getAuth().api.verifyTOTP({ body: { code, trustDevice: false }, headers: await headers() })
  } catch (error) {
    if (error instanceof APIError) return false
    throw error
  }
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
