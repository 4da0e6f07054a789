import { z } from 'zod'
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy'

/**
 * The staff sign-in forms' schemas, used by the forms (zodResolver) and again by the server
 * actions. Errors are message keys.
 */
const Email = z
  .string({ error: 'StaffAuth.errors.emailRequired' })
  .trim()
  .toLowerCase()
  .min(1, 'StaffAuth.errors.emailRequired')
  .max(254, 'StaffAuth.errors.emailInvalid')
  .pipe(z.email('StaffAuth.errors.emailInvalid'))

export const SignInSchema = z.strictObject({
  email: Email,
  // No length rule here: a wrong length is just a wrong password, and says nothing about the rules.
  password: z.string({ error: 'StaffAuth.errors.passwordRequired' }).min(1, 'StaffAuth.errors.passwordRequired').max(PASSWORD_MAX, 'StaffAuth.errors.passwordRequired'),
})
export type SignIn = z.infer<typeof SignInSchema>

/** A 6-digit code from the authenticator app, or one of the backup codes shown at set-up. */
export const SecondFactorSchema = z.strictObject({
  code: z
    .string({ error: 'StaffAuth.errors.codeRequired' })
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().min(1, 'StaffAuth.errors.codeRequired').regex(/^(\d{6}|[A-Za-z0-9-]{10,24})$/, 'StaffAuth.errors.codeFormat')),
})
export type SecondFactor = z.infer<typeof SecondFactorSchema>
export const isTotpCode = (code: string) => /^\d{6}$/.test(code)

export const NewPasswordSchema = z
  .string({ error: 'StaffAuth.errors.passwordRequired' })
  .min(PASSWORD_MIN, 'StaffAuth.errors.passwordTooShort')
  .max(PASSWORD_MAX, 'StaffAuth.errors.passwordTooLong')

export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'StaffAuth.errors.passwordRequired').max(PASSWORD_MAX),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'StaffAuth.errors.passwordsDiffer' })

/** Turning on two-factor sign-in asks for the password again, then for a first code. */
export const EnableTwoFactorSchema = z.strictObject({
  password: z.string().min(1, 'StaffAuth.errors.passwordRequired').max(PASSWORD_MAX),
})
export const ConfirmTwoFactorSchema = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, 'StaffAuth.errors.codeFormat'),
})

/** A new staff account, as an administrator (or the first-administrator command) creates it. */
export const NewStaffSchema = z.strictObject({
  name: z.string().trim().min(1, 'StaffAccounts.errors.nameRequired').max(100, 'StaffAccounts.errors.nameTooLong'),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('StaffAuth.errors.emailInvalid')),
  role: z.enum(['admin', 'staff'], { error: 'StaffAccounts.errors.roleRequired' }),
  password: NewPasswordSchema,
})
export type NewStaff = z.infer<typeof NewStaffSchema>
