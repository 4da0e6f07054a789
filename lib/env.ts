import { z } from 'zod'

/**
 * The environment, read and validated in one place. Everything has a default that works
 * on one machine with no configuration (the embedded SQLite database).
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default('file:./data/app.db'),
  /** Public address of the app, for links in emails. */
  APP_URL: z.url().default('http://localhost:3000'),
  /** SMTP server, e.g. smtp://user:pass@smtp.example.jp:587. Unset: emails are only kept in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('Immigration office <no-reply@example.jp>'),
  /** How often the server deletes drafts past the retention period (it also does so at start-up). */
  DRAFT_PURGE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(7 * 86_400).default(3600),
  /**
   * Signs staff session cookies and encrypts TOTP secrets (32+ characters). Unset on the embedded
   * database: a random secret is created once in data/auth-secret (lib/auth/secret.ts).
   */
  BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters').optional(),
  /** A staff session ends after this many seconds without a request (idle timeout). */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1800),
  /** ... and after this many seconds in any case (absolute timeout). */
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).max(7 * 86_400).default(12 * 3600),
  /**
   * How many trusted reverse proxies in front of the app append to X-Forwarded-For (0: none, the
   * app is reached directly). Sign-ins are throttled per address from it; see lib/server/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
})

export type Env = z.infer<typeof EnvSchema>

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export const env = readEnv()

export const databaseProvider = (url: string = env.DATABASE_URL): 'sqlite' | 'postgresql' =>
  url.startsWith('file:') ? 'sqlite' : 'postgresql'
