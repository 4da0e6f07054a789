import { createHash, randomBytes } from 'node:crypto'

/**
 * Private links (intake resume/result, booking management) carry a high-entropy token that only
 * the client holds; the database stores its SHA-256, so a leaked database does not open any link.
 * 32 random bytes make guessing hopeless, so a fast hash is enough (no password-style hashing).
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Tokens are 43 base64url characters; anything else is rejected before touching the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}
