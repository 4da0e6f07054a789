import { randomBytes } from 'node:crypto'
import type { Db } from '@/lib/db'
import type { NewStaff } from './forms'

export { NewStaffSchema, type NewStaff } from './forms'
import { hashPassword } from './password'

/**
 * Creating a staff account, shared by the administrators' screen and the first-administrator
 * command. It writes the same rows better-auth's admin plugin writes (a user and a "credential"
 * account holding the argon2id hash), without needing a signed-in administrator, which the first
 * one cannot have.
 */
const newId = () => randomBytes(16).toString('base64url')

export async function createStaffAccount(db: Db, input: NewStaff): Promise<{ id: string } | 'email-taken'> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (existing) return 'email-taken'
  const id = newId()
  const password = await hashPassword(input.password)
  try {
    // One nested write: the user and the account together or not at all.
    await db.user.create({
      data: {
        id,
        name: input.name,
        email: input.email,
        emailVerified: true,
        role: input.role,
        accounts: { create: { id: newId(), accountId: id, providerId: 'credential', password } },
      },
    })
  } catch (error) {
    // Someone created the same email meanwhile: the unique index decided.
    if ((error as { code?: string }).code === 'P2002') return 'email-taken'
    throw error
  }
  return { id }
}
