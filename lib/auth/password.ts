import { hash, verify } from '@node-rs/argon2'

/**
 * Staff passwords are hashed with argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane) or above.
 * better-auth calls these through `emailAndPassword.password`; the admin command uses them too.
 */
// 2 is Algorithm.Argon2id: a const enum, which isolated modules cannot import.
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS)

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  // A hash from another algorithm (or a damaged row) is a failed sign-in, not a crash.
  if (!stored.startsWith('$argon2')) return false
  return verify(stored, password)
}
