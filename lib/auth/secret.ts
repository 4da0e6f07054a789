import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { databaseProvider, env } from '@/lib/env'

/**
 * The secret that signs staff cookies and encrypts TOTP secrets. In production it comes from
 * BETTER_AUTH_SECRET. On the embedded database (one machine, no configuration) a random secret is
 * created once beside the database file, so a new user needs to set nothing and a backup of that
 * folder keeps the TOTP secrets readable. PostgreSQL deployments must set the variable, because
 * several servers have to share it.
 */
export function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET
  if (databaseProvider() === 'postgresql') {
    throw new Error('BETTER_AUTH_SECRET must be set when DATABASE_URL is PostgreSQL (see docs/production.md).')
  }
  const dbFile = env.DATABASE_URL.slice('file:'.length).split('?')[0] ?? ''
  const file = path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ process.cwd(), dbFile)), 'auth-secret')
  try {
    // 'wx' fails if the file exists, so two processes starting at once agree on the first secret.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}
