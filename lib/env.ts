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
