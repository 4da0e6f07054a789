import { z } from 'zod'

/** The staff-accounts screen's forms; the create form uses NewStaffSchema (lib/auth/forms.ts). */

// better-auth and createStaffAccount make url-safe random ids.
const UserId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'StaffAccounts.errors.notFound')

export const AccountTargetSchema = z.strictObject({ userId: UserId })
export const RoleChangeSchema = z.strictObject({
  userId: UserId,
  role: z.enum(['admin', 'staff'], { error: 'StaffAccounts.errors.roleRequired' }),
})
export const SetActiveSchema = z.strictObject({ userId: UserId, active: z.boolean() })

/** "Sign out my other sessions" takes no input; anything sent is refused. */
export const NoInputSchema = z.strictObject({})
