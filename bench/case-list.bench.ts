/**
 * The staff case list at 100,000 cases: npx tsx bench/case-list.bench.ts [--cases 100000] [--runs 200]
 * Needs TEST_POSTGRES_URL, a PostgreSQL server to create a throwaway database on (bench/run-all.ts starts
 * one; by hand: eval "$(PG_TEST_PORT=55441 bash scripts/pg-test-server.sh start)").
 * Makes N fictional cases with lib/cases/demo-cases (intake answers -> facts -> the real assess), writes
 * them into a fresh migrated SQLite file and a fresh PostgreSQL database with multi-row INSERTs (times
 * reported: making the cases, and inserting them per database), then measures listCases (the page's own
 * core function, Prisma) for the default sort's first page, two filters (status + urgency; a ground) and
 * a name search, each --runs times after a warm-up, p50 and p95, next to the same query written as raw SQL
 * through the same client ($queryRawUnsafe), whose rows must be the same. Writes bench/out/case-list.json.
 * Targets: p95 <= 50 ms and Prisma/raw <= 5x for every query on both databases.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseListQuery } from '@/lib/cases/list-query'
import { normalizeForSearch } from '@/lib/cases/search-text'
import { createDb, type Db } from '@/lib/db'
import { FEW_MATCHES, SEARCH_COUNT_LIMIT, listCases, providerOf } from '@/lib/server/staff/case-list-core'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, type TestDatabase } from '@/tests/support/databases'
import { seedCases } from './case-list-seed'

const ROOT = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
  },
})
const CASES = Number(values.cases)
const RUNS = Number(values.runs)
const TARGETS = { p95Ms: 50, prismaOverRaw: 5 }
const OUT = 'case-list.json'

// ---- the queries --------------------------------------------------------------------------------
type Scenario = {
  name: string
  url: string
  /** The count, then the page's statements, run in turn until 50 rows are found (as listCases does);
   * pgSetting: the same SET LOCAL as listCases when few cases match. */
  raw: (p: 'sqlite' | 'postgresql') => {
    count: string
    pages: ((limit: number) => string)[]
    pgSetting?: boolean
    /** A count that stops past this many (a search's): more than it is "many matches" (listCases). */
    countLimit?: number
    /** Counted before reading on both databases (the count is cheap). */
    countFirst?: boolean
  }
}
const SELECT =
  'c.id, c.reference, c."clientName", c.status, c.urgency, c."recommendedPath", c."nextDeadline", c."submittedAt", c."assigneeId"'
const PRIORITY = {
  sqlite:
    'c."urgencyRank", CASE WHEN c."nextDeadline" IS NULL THEN 1 ELSE 0 END, c."nextDeadline", c."submittedAt" DESC, c.id DESC',
  postgresql: 'c."urgencyRank", c."nextDeadline" NULLS LAST, c."submittedAt" DESC, c.id DESC',
}
/** Up to `limit` cases with the assignee's name and the active grounds, in one statement. */
function page(p: 'sqlite' | 'postgresql', where: string, order: string, limit: number) {
  const grounds = p === 'sqlite' ? 'group_concat(g."groundId")' : 'string_agg(g."groundId", \',\')'
  const inner = `SELECT ${SELECT}, c."urgencyRank" FROM "Case" c WHERE ${where} ORDER BY ${order} LIMIT ${limit}`
  return `SELECT c.*, u.name AS "assigneeName", (SELECT ${grounds} FROM "CaseGround" g WHERE g."caseId" = c.id AND g.active) AS grounds
    FROM (${inner}) c LEFT JOIN "User" u ON u.id = c."assigneeId" ORDER BY ${order}`
}
/** The ground's cases in the list's order from CaseGround's index (as listCases reads them), with the same columns. */
function groundPage(p: 'sqlite' | 'postgresql', limit: number) {
  const grounds = p === 'sqlite' ? 'group_concat(g."groundId")' : 'string_agg(g."groundId", \',\')'
  const links = `SELECT "caseId", "urgencyRank", "deadlineKey", "submittedAt" FROM "CaseGround"
    WHERE "groundId" = 'deportation-first-5y' AND active ORDER BY ${GROUND_ORDER} LIMIT ${limit}`
  return `SELECT ${SELECT}, u.name AS "assigneeName", (SELECT ${grounds} FROM "CaseGround" g WHERE g."caseId" = c.id AND g.active) AS grounds
    FROM (${links}) l JOIN "Case" c ON c.id = l."caseId" LEFT JOIN "User" u ON u.id = c."assigneeId"
    ORDER BY l."urgencyRank", l."deadlineKey", l."submittedAt" DESC, l."caseId" DESC`
}
const GROUND_ORDER = '"urgencyRank", "deadlineKey", "submittedAt" DESC, "caseId" DESC'
const sorted = (p: 'sqlite' | 'postgresql', where: string) => [(limit: number) => page(p, where, PRIORITY[p], limit)]
const WITH_DEADLINE = 'c."urgencyRank", c."nextDeadline", c."submittedAt" DESC, c.id DESC'
const NO_DEADLINE = 'c."urgencyRank" DESC, c."nextDeadline" DESC, c."submittedAt" DESC, c.id DESC'
/** A search of the name, email and reference column (lib/cases/search-text.ts), as listCases runs it. */
function search(name: string, term: string): Scenario {
  return {
    name,
    url: `q=${encodeURIComponent(term)}`,
    raw: (p) => {
      const where = `c."searchText" LIKE '%${normalizeForSearch(term)}%'`
      return {
        countLimit: SEARCH_COUNT_LIMIT,
        // Counted up to SEARCH_COUNT_LIMIT + 1, as listCases does.
        count: `SELECT COUNT(*) AS n FROM (SELECT c.id FROM "Case" c WHERE ${where} LIMIT ${SEARCH_COUNT_LIMIT + 1}) s`,
        pages: sorted(p, `(${where})`),
        pgSetting: true,
      }
    },
  }
}

const SCENARIOS: Scenario[] = [
  {
    name: 'default',
    url: '',
    // The core's formulation: each piece read from the index, in turn.
    raw: (p) => ({
      count: 'SELECT COUNT(*) AS n FROM "Case"',
      pages: [0, 1, 2, 3].flatMap((r) => [
        (limit: number) => page(p, `c."urgencyRank" = ${r} AND c."nextDeadline" IS NOT NULL`, WITH_DEADLINE, limit),
        (limit: number) => page(p, `c."urgencyRank" = ${r} AND c."nextDeadline" IS NULL`, NO_DEADLINE, limit),
      ]),
    }),
  },
  {
    name: 'filterStatusUrgency',
    url: 'status=new&urgency=critical',
    raw: (p) => {
      const where = `c.status = 'new' AND c."urgencyRank" = 0`
      return {
        count: `SELECT COUNT(*) AS n FROM "Case" c WHERE ${where}`,
        pages: sorted(p, where),
        pgSetting: true,
      }
    },
  },
  {
    name: 'filterGround',
    url: 'ground=deportation-first-5y&activeGround=1',
    raw: (p) => ({
      count: `SELECT COUNT(*) AS n FROM "CaseGround" WHERE "groundId" = 'deportation-first-5y' AND active`,
      pages: [(limit: number) => groundPage(p, limit)],
      countFirst: true,
    }),
  },
  search('searchName', 'Cruz'),
  // Too short for a trigram: PostgreSQL's trigram index cannot narrow these, both databases scan.
  // Two letters (Li, Wu, Ng) and one kanji (李, 王) are real surnames, and typed as such.
  search('searchTwoLetters', 'Li'),
  search('searchOneKanji', '李'),
]

/** As listCases does: on SQLite the first page before the count, which a page of fewer than 50 makes unneeded. */
async function runRaw(db: Db, sql: ReturnType<Scenario['raw']>) {
  const count = async () => Number((await db.$queryRawUnsafe<{ n: bigint | number }[]>(sql.count))[0]?.n)
  const sqlite = providerOf(db) === 'sqlite'
  let total = sqlite && !sql.countFirst ? undefined : await count()
  const ids: string[] = []
  for (const statement of sql.pages) {
    if (ids.length === 50) break
    const text = statement(50 - ids.length)
    const rows =
      sql.pgSetting && total !== undefined && total <= (sql.countLimit ?? FEW_MATCHES)
        ? (
            await db.$transaction([
              db.$executeRawUnsafe('SET LOCAL enable_incremental_sort = off'),
              db.$queryRawUnsafe<{ id: string }[]>(text),
            ])
          )[1]
        : await db.$queryRawUnsafe<{ id: string }[]>(text)
    ids.push(...rows.map((r) => r.id))
  }
  total ??= ids.length < 50 ? ids.length : await count()
  return { total, ids }
}

const round = (v: number) => Math.round(v * 100) / 100
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
/**
 * Times two functions RUNS times each, interleaved (and in alternating order), so a noisy moment on
 * the machine (a neighbour, a garbage collection) falls on both rather than on whichever ran then.
 */
async function timeBoth(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, RUNS); i++) {
    await a()
    await b()
  }
  const ms: [number[], number[]] = [[], []]
  const once = async (fn: () => Promise<unknown>, into: number[]) => {
    const t = performance.now()
    await fn()
    into.push(performance.now() - t)
  }
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) await once(a, ms[0]).then(() => once(b, ms[1]))
    else await once(b, ms[1]).then(() => once(a, ms[0]))
  }
  return ms.map((m) => {
    m.sort((x, y) => x - y)
    return { p50: round(percentile(m, 50)), p95: round(percentile(m, 95)) }
  }) as [{ p50: number; p95: number }, { p50: number; p95: number }]
}

async function measure(database: TestDatabase) {
  const db = createDb(database.url)
  const provider = providerOf(db)
  const out: Record<string, Record<string, number>> = {}
  for (const scenario of SCENARIOS) {
    const query = parseListQuery(new URLSearchParams(scenario.url)).query
    const sql = scenario.raw(provider)
    const [core, raw] = [await listCases(db, query), await runRaw(db, sql)]
    // Same query, same answer: otherwise the comparison would mean nothing.
    if (
      core.total !== Math.min(raw.total, scenario.url.includes('q=') ? SEARCH_COUNT_LIMIT : Infinity) ||
      core.rows.map((r) => r.id).join() !== raw.ids.join()
    )
      throw new Error(`${provider} ${scenario.name}: raw SQL and listCases disagree (${core.total} vs ${raw.total})`)
    const [prisma, direct] = await timeBoth(
      () => listCases(db, query),
      () => runRaw(db, sql),
    )
    out[scenario.name] = {
      total: core.total,
      p50Ms: prisma.p50,
      p95Ms: prisma.p95,
      rawP50Ms: direct.p50,
      rawP95Ms: direct.p95,
      prismaOverRaw: round(prisma.p95 / direct.p95),
    }
    console.log(
      `${provider.padEnd(10)} ${scenario.name.padEnd(20)} ${String(core.total).padStart(6)} cases  Prisma p50 ${prisma.p50} p95 ${prisma.p95} ms   raw p50 ${direct.p50} p95 ${direct.p95} ms   ${out[scenario.name]!.prismaOverRaw}x`,
    )
  }
  await db.$disconnect()
  return out
}

const sqlite = await freshDatabase('sqlite')
const postgres = await freshDatabase('postgresql')
try {
  for (const d of [sqlite, postgres]) await migrate(d.url, { root: ROOT, log: () => {} })
  console.log(
    `Seeding ${CASES} cases into SQLite and PostgreSQL (load average ${os.loadavg().map(round).join(' ')}) ...`,
  )
  const seeded = await seedCases(sqlite.url, postgres.url, CASES)
  console.log(seeded)
  const results = { sqlite: await measure(sqlite), postgresql: await measure(postgres) }
  const pass = Object.values(results).every((r) =>
    Object.values(r).every((q) => q.p95Ms! <= TARGETS.p95Ms && q.prismaOverRaw! <= TARGETS.prismaOverRaw),
  )
  mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true })
  const json = {
    ...results,
    seed: seeded,
    runs: RUNS,
    loadAverage: os.loadavg().map(round),
    targets: TARGETS,
    pass,
  }
  writeFileSync(path.join(ROOT, 'bench/out', OUT), JSON.stringify(json, null, 2))
  console.log(`${pass ? 'All targets met' : 'Some targets missed'}; wrote bench/out/${OUT}`)
  process.exitCode = pass ? 0 : 1
} finally {
  await sqlite.drop()
  await postgres.drop()
}
