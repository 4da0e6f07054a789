import 'server-only'
import { db } from '@/lib/db'
import { databaseProvider } from '@/lib/env'

export type DatabaseHealth = { ok: boolean; provider: 'sqlite' | 'postgresql'; migrations: number; latencyMs: number }

/** Runs a real query against the migrations table: it proves the database is reachable and migrated. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now()
  const provider = databaseProvider()
  try {
    const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
      'SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    )
    const migrations = Number(rows[0]?.n ?? 0)
    return { ok: migrations > 0, provider, migrations, latencyMs: Math.round(performance.now() - started) }
  } catch {
    return { ok: false, provider, migrations: 0, latencyMs: Math.round(performance.now() - started) }
  }
}
