import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseListQuery } from '@/lib/cases/list-query'
import { NO_DEADLINE_KEY } from '@/lib/cases/index-fields'
import { caseSearchText } from '@/lib/cases/search-text'
import { createDb, type Db } from '@/lib/db'
import { URGENCY_LEVELS, type Urgency } from '@/lib/rules'
import { SEARCH_COUNT_LIMIT, listCases, providerOf } from '@/lib/server/staff/case-list-core'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

type Fixture = {
  reference?: string
  clientName?: string
  email?: string | null
  status?: string
  urgency?: Urgency
  nextDeadline?: string | null
  submittedAt?: string
  recommendedPath?: string | null
  grounds?: [string, boolean][]
  assigneeId?: string | null
}

let seq = 0
const addCase = (db: Db, f: Fixture = {}) => {
  seq++
  const urgency = f.urgency ?? 'low'
  const submittedAt = new Date(f.submittedAt ?? Date.UTC(2026, 0, 1, 0, 0, seq))
  const person = {
    reference: f.reference ?? `2026-T${String(seq).padStart(3, '0')}-TEST`,
    clientName: f.clientName ?? `Client ${seq}`,
    email: f.email ?? null,
  }
  return db.case.create({
    data: {
      ...person,
      searchText: caseSearchText(person),
      locale: 'en',
      status: f.status ?? 'new',
      urgency,
      urgencyRank: URGENCY_LEVELS.indexOf(urgency),
      nextDeadline: f.nextDeadline ?? null,
      recommendedPath: f.recommendedPath ?? null,
      submittedAt,
      assigneeId: f.assigneeId ?? null,
      grounds: {
        create: (f.grounds ?? []).map(([groundId, active]) => ({
          groundId,
          active,
          urgencyRank: URGENCY_LEVELS.indexOf(urgency),
          deadlineKey: f.nextDeadline ?? NO_DEADLINE_KEY,
          submittedAt,
        })),
      },
    },
  })
}

const list = (db: Db, params: Record<string, string> = {}) => listCases(db, parseListQuery(params).query)
const refs = async (db: Db, params: Record<string, string> = {}) =>
  (await list(db, params)).rows.map((r) => r.reference)
// A filter every case matches, so the same order is read by the single sorted query instead of the pieces.
const ALL_BUT_SORTED = { submittedFrom: '2000-01-01' }

describe.each(providers)('the staff case list on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { log: () => {} })
    db = createDb(database.url)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })
  beforeEach(async () => {
    await db.case.deleteMany()
    await db.user.deleteMany()
  })

  it('knows which database it talks to', () => {
    expect(providerOf(db)).toBe(provider)
  })

  it('puts critical cases first, nearest deadline first, no deadline after, then newest', async () => {
    const at = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00Z`
    await addCase(db, { reference: 'LOW-NEWEST', urgency: 'low', submittedAt: at(59) })
    await addCase(db, { reference: 'CRIT-NONE-OLD', urgency: 'critical', submittedAt: at(1) })
    await addCase(db, { reference: 'CRIT-0105', urgency: 'critical', nextDeadline: '2026-01-05', submittedAt: at(2) })
    await addCase(db, { reference: 'MED-1231', urgency: 'medium', nextDeadline: '2025-12-31', submittedAt: at(3) })
    await addCase(db, {
      reference: 'CRIT-0103-OLD',
      urgency: 'critical',
      nextDeadline: '2026-01-03',
      submittedAt: at(4),
    })
    await addCase(db, { reference: 'CRIT-NONE-NEW', urgency: 'critical', submittedAt: at(50) })
    await addCase(db, { reference: 'HIGH-0101', urgency: 'high', nextDeadline: '2026-01-01', submittedAt: at(5) })
    await addCase(db, {
      reference: 'CRIT-0103-NEW',
      urgency: 'critical',
      nextDeadline: '2026-01-03',
      submittedAt: at(40),
    })
    await addCase(db, { reference: 'HIGH-NONE', urgency: 'high', submittedAt: at(45) })
    const expected = [
      'CRIT-0103-NEW',
      'CRIT-0103-OLD',
      'CRIT-0105',
      'CRIT-NONE-NEW',
      'CRIT-NONE-OLD',
      'HIGH-0101',
      'HIGH-NONE',
      'MED-1231',
      'LOW-NEWEST',
    ]
    expect(await refs(db)).toEqual(expected)
    expect(await refs(db, ALL_BUT_SORTED)).toEqual(expected)
    expect(await refs(db, { sort: 'deadline' })).toEqual([
      'MED-1231',
      'HIGH-0101',
      'CRIT-0103-NEW',
      'CRIT-0103-OLD',
      'CRIT-0105',
      'CRIT-NONE-NEW',
      'CRIT-NONE-OLD',
      'HIGH-NONE',
      'LOW-NEWEST',
    ])
    expect(await refs(db, { sort: 'deadline', ...ALL_BUT_SORTED })).toEqual(await refs(db, { sort: 'deadline' }))
    // One urgency, read from its own pieces (whole list) or by the single query: the same order.
    const critical = expected.filter((r) => r.startsWith('CRIT'))
    expect(await refs(db, { urgency: 'critical' })).toEqual(critical)
    expect(await refs(db, { urgency: 'critical', ...ALL_BUT_SORTED })).toEqual(critical)
    expect(await refs(db, { urgency: 'critical', sort: 'deadline' })).toEqual(critical)
    expect(await refs(db, { urgency: 'high', sort: 'deadline' })).toEqual(['HIGH-0101', 'HIGH-NONE'])
    expect((await refs(db, { sort: 'submitted-desc' }))[0]).toBe('LOW-NEWEST')
    expect((await refs(db, { sort: 'submitted-asc' }))[0]).toBe('CRIT-NONE-OLD')
    expect(await refs(db, { sort: 'reference' })).toEqual([...expected].sort())
  })

  it('pages through 50 at a time with no case lost or repeated, whichever way the order is read', async () => {
    const urgencies: Urgency[] = ['critical', 'high', 'medium', 'low']
    for (let i = 0; i < 121; i++) {
      await addCase(db, {
        urgency: urgencies[i % 4]!,
        nextDeadline: i % 3 === 0 ? null : `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
        // Every case has the ground, so the ground's list (read from CaseGround) is the whole list.
        grounds: [['deportation-first-5y', true]],
      })
    }
    const orders: Record<string, string>[] = [
      {},
      ALL_BUT_SORTED,
      { sort: 'deadline' },
      { sort: 'deadline', ...ALL_BUT_SORTED },
      { sort: 'submitted-desc' },
      { ground: 'deportation-first-5y' },
      { ground: 'deportation-first-5y', activeGround: '1' },
    ]
    for (const extra of orders) {
      const pages = [
        await list(db, extra),
        await list(db, { ...extra, page: '2' }),
        await list(db, { ...extra, page: '3' }),
      ]
      expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 21])
      expect(pages.map((p) => [p.page, p.pageCount, p.total])).toEqual([
        [1, 3, 121],
        [2, 3, 121],
        [3, 3, 121],
      ])
      const all = pages.flatMap((p) => p.rows.map((r) => r.id))
      expect(new Set(all).size).toBe(121)
      const whole = await db.case.findMany({
        select: { id: true, urgencyRank: true, nextDeadline: true, submittedAt: true },
      })
      const byPriority = [...whole].sort(
        (a, b) =>
          a.urgencyRank - b.urgencyRank ||
          Number(a.nextDeadline === null) - Number(b.nextDeadline === null) ||
          (a.nextDeadline ?? '').localeCompare(b.nextDeadline ?? '') ||
          b.submittedAt.getTime() - a.submittedAt.getTime(),
      )
      if (!('sort' in extra)) expect(all, JSON.stringify(extra)).toEqual(byPriority.map((c) => c.id))
      // A page past the end shows the last one.
      expect((await list(db, { ...extra, page: '4' })).rows.map((r) => r.id)).toEqual(pages[2]!.rows.map((r) => r.id))
    }
    await db.case.deleteMany({
      where: { id: { in: (await db.case.findMany({ take: 21, select: { id: true } })).map((c) => c.id) } },
    })
    expect(await list(db, { page: '2' })).toMatchObject({ total: 100, pageCount: 2, page: 2 })
    expect((await list(db, { page: '2' })).rows).toHaveLength(50)
  })

  it('counts a search up to 1,000 matches and says when there are more', async () => {
    const person = (i: number) => ({
      reference: `2026-CAP${String(i).padStart(4, '0')}`,
      clientName: `Capped Client ${i}`,
      email: null,
    })
    await db.case.createMany({
      data: Array.from({ length: SEARCH_COUNT_LIMIT + 2 }, (_, i) => ({
        ...person(i),
        searchText: caseSearchText(person(i)),
        locale: 'en',
      })),
    })
    const many = await list(db, { q: 'capped' })
    expect(many).toMatchObject({ total: SEARCH_COUNT_LIMIT, totalCapped: true, pageCount: 20, page: 1 })
    expect(await list(db, { q: 'capped', page: '25' })).toMatchObject({ page: 20, totalCapped: true })
    expect((await list(db, { q: 'capped', page: '20' })).rows).toHaveLength(50)
    // Fewer matches than the limit, or a filter: exact.
    expect(await list(db, { q: 'client 100' })).toMatchObject({ total: 3, totalCapped: false }) // 100, 1000, 1001
    expect(await list(db, { status: 'new' })).toMatchObject({ total: SEARCH_COUNT_LIMIT + 2, totalCapped: false })
  })

  it('filters by status, path, urgency, ground, and Japan-day date ranges', async () => {
    const staff = await db.user.create({ data: { id: 'u1', name: '佐藤 一郎', email: 'sato@example.jp' } })
    await addCase(db, {
      reference: 'A',
      status: 'filed',
      recommendedPath: 'special-permission-to-stay',
      urgency: 'medium',
      assigneeId: staff.id,
      grounds: [
        ['deportation-first-5y', true],
        ['drug-conviction', true],
      ],
    })
    await addCase(db, {
      reference: 'B',
      status: 'new',
      recommendedPath: 'special-landing-permission',
      urgency: 'critical',
      nextDeadline: '2026-04-10',
      grounds: [['deportation-first-5y', false]],
    })
    // 23:30 on 1 March and 00:10 on 2 March, Japan time: different days in Japan, the same day in UTC.
    await addCase(db, {
      reference: 'C',
      status: 'new',
      urgency: 'critical',
      nextDeadline: '2026-04-11',
      submittedAt: '2026-03-01T14:30:00Z',
    })
    await addCase(db, { reference: 'D', status: 'closed', submittedAt: '2026-03-01T15:10:00Z' })
    const sorted = async (params: Record<string, string>) => (await refs(db, params)).sort()
    expect(await sorted({ status: 'new' })).toEqual(['B', 'C'])
    expect(await sorted({ path: 'special-landing-permission' })).toEqual(['B'])
    expect(await sorted({ urgency: 'critical' })).toEqual(['B', 'C'])
    expect(await sorted({ urgency: 'critical', status: 'new', deadlineTo: '2026-04-10' })).toEqual(['B'])
    expect(await sorted({ ground: 'deportation-first-5y' })).toEqual(['A', 'B'])
    expect(await sorted({ ground: 'deportation-first-5y', activeGround: '1' })).toEqual(['A'])
    expect(await sorted({ ground: 'deportation-first-5y', urgency: 'critical' })).toEqual(['B'])
    // With another filter or another sort the ground is a condition on the single query: same cases.
    expect(await sorted({ ground: 'deportation-first-5y', status: 'new' })).toEqual(['B'])
    expect(await sorted({ ground: 'deportation-first-5y', sort: 'reference' })).toEqual(['A', 'B'])
    expect(await sorted({ deadlineFrom: '2026-04-11', deadlineTo: '2026-04-11' })).toEqual(['C'])
    expect(await sorted({ submittedFrom: '2026-03-01', submittedTo: '2026-03-01' })).toEqual(['C'])
    expect(await sorted({ submittedFrom: '2026-03-02' })).toEqual(['D'])
    const a = (await list(db, { status: 'filed' })).rows[0]!
    expect(a).toMatchObject({
      reference: 'A',
      assigneeName: '佐藤 一郎',
      activeGrounds: ['drug-conviction', 'deportation-first-5y'],
    })
    expect((await list(db, { status: 'new' })).rows.find((r) => r.reference === 'B')?.activeGrounds).toEqual([])
    expect((await list(db, { status: 'denied' })).rows).toEqual([])
  })

  it('searches name, email and reference ignoring case, in Latin and Japanese script', async () => {
    await addCase(db, { reference: '2026-7KQ4-M9XD', clientName: 'Maria Santos', email: 'maria.santos@example.com' })
    await addCase(db, { reference: '2026-AAAA-BBBB', clientName: '山田 花子', email: 'hanako@example.jp' })
    await addCase(db, { reference: '2026-CCCC-DDDD', clientName: 'José Pérez', email: null })
    await addCase(db, { reference: '2026-EEEE-FFFF', clientName: 'マリア・サンプル', email: 'back\\slash@example.com' })
    const search = async (q: string) => (await refs(db, { q })).sort()
    expect(await search('mARIA')).toEqual(['2026-7KQ4-M9XD'])
    expect(await search('SANTOS@EXAMPLE')).toEqual(['2026-7KQ4-M9XD'])
    expect(await search('7kq4-m9')).toEqual(['2026-7KQ4-M9XD'])
    expect(await search('山田')).toEqual(['2026-AAAA-BBBB'])
    expect(await search('田 花')).toEqual(['2026-AAAA-BBBB'])
    expect(await search('マリア')).toEqual(['2026-EEEE-FFFF'])
    // Letters outside A-Z: SQLite's LIKE alone would miss these.
    expect(await search('JOSÉ')).toEqual(['2026-CCCC-DDDD'])
    expect(await search('pÉrez')).toEqual(['2026-CCCC-DDDD'])
    // Full-width letters from a Japanese input method.
    expect(await search('ＭＡＲＩＡ')).toEqual(['2026-7KQ4-M9XD'])
    expect(await search('  maria   santos ')).toEqual(['2026-7KQ4-M9XD'])
    // The same on both databases: _ stands for one character, a backslash is itself.
    expect(await search('m_ria')).toEqual(['2026-7KQ4-M9XD'])
    expect(await search('back\\sl')).toEqual(['2026-EEEE-FFFF'])
    expect(await search('nobody')).toEqual([])
    expect((await list(db, { q: 'example', status: 'new' })).total).toBe(3)
  })

  it('answers a link full of bad values with the default list instead of an error', async () => {
    await addCase(db, { reference: 'ONLY' })
    const bad = {
      status: 'lost',
      urgency: 'CRITICAL',
      ground: 'x',
      page: '-3',
      sort: 'random',
      submittedFrom: '2026-02-30',
      deadlineTo: '\'; DROP TABLE "Case"; --',
      q: 'x'.repeat(500),
    }
    const { query, ignored } = parseListQuery(bad)
    expect(ignored.sort()).toEqual(Object.keys(bad).sort())
    expect((await listCases(db, query)).rows.map((r) => r.reference)).toEqual(['ONLY'])
    expect((await list(db, { page: '999999' })).page).toBe(1)
    expect((await list(db, { page: '9999' })).page).toBe(1)
  })
})
