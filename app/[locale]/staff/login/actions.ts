'use server'

import { SecondFactorSchema, SignInSchema } from '@/lib/auth/forms'
import { fieldErrorsOf, type FieldErrors } from '@/lib/forms/action-result'
import { signInWithPassword, signInWithSecondFactor } from '@/lib/server/staff/sign-in'

/**
 * The two public staff endpoints: the sign-in steps. Everything else under /staff goes through
 * staffAction (lib/server/staff/session.ts), which refuses anonymous callers.
 */
export type SignInResult =
  | { ok: true; next: 'two-factor' | 'dashboard' | 'two-factor-setup' }
  | { ok: false; formError: string; fieldErrors: FieldErrors; until?: string }

const ERRORS = {
  invalid: 'StaffAuth.errors.invalidCredentials',
  locked: 'StaffAuth.errors.locked',
  deactivated: 'StaffAuth.errors.deactivated',
  'invalid-code': 'StaffAuth.errors.invalidCode',
  expired: 'StaffAuth.errors.secondFactorExpired',
  'code-locked': 'StaffAuth.errors.codeLocked',
} as const

export async function signInAction(input: unknown): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input)
  if (!parsed.success) return { ok: false, formError: 'Common.errors.invalidInput', fieldErrors: fieldErrorsOf(parsed.error) }
  const outcome = await signInWithPassword(parsed.data)
  if (outcome.ok) return outcome
  return { ok: false, formError: ERRORS[outcome.error], fieldErrors: {}, until: outcome.until }
}

export async function secondFactorAction(input: unknown): Promise<SignInResult> {
  const parsed = SecondFactorSchema.safeParse(input)
  if (!parsed.success) return { ok: false, formError: 'Common.errors.invalidInput', fieldErrors: fieldErrorsOf(parsed.error) }
  const outcome = await signInWithSecondFactor(parsed.data)
  if (outcome.ok) return { ok: true, next: 'dashboard' }
  return { ok: false, formError: ERRORS[outcome.error], fieldErrors: {} }
}
