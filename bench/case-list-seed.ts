/**
 * Seeding for bench/case-list.bench.ts: N fictional cases from lib/cases/demo-cases (real intake answers,
 * facts and assessments) written into a migrated SQLite file and PostgreSQL database with the drivers
 * directly (prepared statements in one transaction per batch; multi-row INSERTs), which is about 20 times
 * faster than Prisma's createMany with nested rows here.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import pg from 'pg'
import { demoCases, type DemoCase } from '@/lib/cases/demo-cases'

const CASE_COLUMNS = [
  'id',
  'reference',
  'status',
  'locale',
  'clientName',
  'email',
  'phone',
  'respondent',
  'searchText',
  'rulesVersion',
  'asOf',
  'urgency',
  'recommendedPath',
  'nextDeadline',
  'criminalConsentAt',
  'urgencyRank',
  'track',
  'assigneeId',
  'submittedAt',
  'createdAt',
  'updatedAt',
]
const RECORD_COLUMNS = ['caseId', 'answers', 'facts', 'intakeNotes', 'assessment']
const recordValues = ({ id, c }: Row) => [
  id,
  JSON.stringify(c.record.answers),
  JSON.stringify(c.record.facts),
  JSON.stringify(c.record.intakeNotes),
  JSON.stringify(c.record.assessment),
]
const GROUND_COLUMNS = ['caseId', 'groundId', 'active', 'urgencyRank', 'deadlineKey', 'submittedAt']
// SQLite stores booleans as 0/1; PostgreSQL takes them as they are.
const groundValues = ({ id, c }: Row, time: (d: Date | null) => unknown) =>
  c.grounds.map((g) => [
    id,
    g.groundId,
    time === sqliteTime ? (g.active ? 1 : 0) : g.active,
    g.urgencyRank,
    g.deadlineKey,
    time(g.submittedAt),
  ])
const EVENT_COLUMNS = ['id', 'caseId', 'kind', 'fromStatus', 'toStatus', 'reason', 'createdAt']
const STAFF = Array.from({ length: 8 }, (_, i) => ({
  id: `bench-staff-${i}`,
  name: `Staff ${i}`,
  email: `bench-staff-${i}@example.jp`,
}))
type Row = { id: string; c: DemoCase; assigneeId: string | null }
// Prisma's SQLite adapter stores DateTime as ISO text with +00:00; written the same way here.
const sqliteTime = (d: Date | null) => (d ? d.toISOString().replace('Z', '+00:00') : null)
const caseValues = ({ id, c, assigneeId }: Row, time: (d: Date | null) => unknown) => [
  id,
  c.reference,
  c.status,
  c.locale,
  c.clientName,
  c.email,
  c.phone,
  c.respondent,
  c.searchText,
  c.rulesVersion,
  c.asOf,
  c.urgency,
  c.recommendedPath,
  c.nextDeadline,
  time(c.criminalConsentAt),
  c.urgencyRank,
  c.track,
  assigneeId,
  time(c.submittedAt),
  time(c.createdAt),
  time(c.updatedAt),
]
const columns = (names: string[]) => names.map((n) => `"${n}"`).join(', ')

export async function seedCases(sqliteUrl: string, postgresUrl: string, count: number) {
  const lite = new Database(sqliteUrl.slice('file:'.length))
  const insertCase = lite.prepare(
    `INSERT INTO "Case" (${columns(CASE_COLUMNS)}) VALUES (${CASE_COLUMNS.map(() => '?').join(', ')})`,
  )
  const insertRecord = lite.prepare(
    `INSERT INTO "CaseRecord" (${columns(RECORD_COLUMNS)}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`,
  )
  const insertGround = lite.prepare(
    `INSERT INTO "CaseGround" (${columns(GROUND_COLUMNS)}) VALUES (${GROUND_COLUMNS.map(() => '?').join(', ')})`,
  )
  const insertEvent = lite.prepare(
    `INSERT INTO "CaseEvent" (${columns(EVENT_COLUMNS)}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`,
  )
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  const pgInsert = async (table: string, names: string[], rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 1000) {
      const params: unknown[] = []
      const tuples = rows.slice(i, i + 1000).map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`)
      await client.query(`INSERT INTO "${table}" (${columns(names)}) VALUES ${tuples.join(', ')}`, params)
    }
  }
  const now = sqliteTime(new Date())
  for (const s of STAFF) {
    lite
      .prepare('INSERT INTO "User" (id, name, email, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)')
      .run(s.id, s.name, s.email, now, now)
    await client.query('INSERT INTO "User" (id, name, email, "updatedAt") VALUES ($1, $2, $3, now())', [
      s.id,
      s.name,
      s.email,
    ])
  }
  const ms = { generate: 0, sqlite: 0, postgresql: 0 }
  const writeBatch = async (batch: Row[]) => {
    let t = performance.now()
    lite.transaction(() => {
      for (const row of batch) {
        insertCase.run(...caseValues(row, sqliteTime))
        insertRecord.run(...recordValues(row))
        for (const g of groundValues(row, sqliteTime)) insertGround.run(...g)
        row.c.events.forEach((e, k) =>
          insertEvent.run(
            `${row.id}-${k}`,
            row.id,
            e.kind,
            e.fromStatus,
            e.toStatus,
            e.reason,
            sqliteTime(e.createdAt),
          ),
        )
      }
    })()
    ms.sqlite += performance.now() - t
    t = performance.now()
    await pgInsert(
      'Case',
      CASE_COLUMNS,
      batch.map((row) => caseValues(row, (d) => d)),
    )
    await pgInsert('CaseRecord', RECORD_COLUMNS, batch.map(recordValues))
    await pgInsert(
      'CaseGround',
      GROUND_COLUMNS,
      batch.flatMap((row) => groundValues(row, (d) => d)),
    )
    await pgInsert(
      'CaseEvent',
      EVENT_COLUMNS,
      batch.flatMap(({ id, c }) =>
        c.events.map((e, k) => [`${id}-${k}`, id, e.kind, e.fromStatus, e.toStatus, e.reason, e.createdAt]),
      ),
    )
    ms.postgresql += performance.now() - t
  }
  let batch: Row[] = []
  let t = performance.now()
  let n = 0
  for (const c of demoCases({ count })) {
    // cuid-shaped ids, as Prisma would make them, so the detail page's links look like real ones.
    const id = `c${(n++).toString(36).padStart(8, '0')}${randomBytes(8).toString('hex')}`
    batch.push({ id, c, assigneeId: c.status === 'new' ? null : STAFF[n % STAFF.length]!.id })
    if (batch.length < 2000) continue
    ms.generate += performance.now() - t
    await writeBatch(batch)
    batch = []
    t = performance.now()
  }
  ms.generate += performance.now() - t
  if (batch.length) await writeBatch(batch)
  // PostgreSQL's autovacuum would vacuum and analyse a table this size within a minute; done now so
  // the plans do not depend on when it runs. SQLite is left as the application leaves it (nothing
  // there runs ANALYZE).
  await client.query('VACUUM ANALYZE')
  lite.close()
  await client.end()
  return {
    cases: count,
    generateSeconds: round(ms.generate / 1000),
    sqliteInsertSeconds: round(ms.sqlite / 1000),
    postgresqlInsertSeconds: round(ms.postgresql / 1000),
  }
}

const round = (v: number) => Math.round(v * 100) / 100
