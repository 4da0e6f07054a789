import type { Prisma } from '@/generated/sqlite/client'
import { PAGE_SIZE, type ListQuery, type ListSort } from '@/lib/cases/list-query'
import { normalizeForSearch } from '@/lib/cases/search-text'
import type { Db } from '@/lib/db'
import { GROUND_IDS, URGENCY_LEVELS, type GroundId } from '@/lib/rules'
import { ORDER, SEGMENTS, wholeList, type Segment } from './case-list-order'

/**
 * The staff case list: filters, search, sort and offset pagination over `Case`, with Prisma, on
 * SQLite and PostgreSQL alike. The list is not a view of any case, so it writes no audit entry;
 * opening a case does (the detail page).
 *
 * Offset, not keyset, pagination: staff share links like "page 3 of the filed cases" and can jump
 * to the last page. Filters, not paging, are how staff find a case, so the first pages must be fast
 * and a deep one only bearable: the whole list counts whole pieces (case-list-order.ts) from the
 * index and skips rows only within one (page 500 of 2,000 over 100,000 cases: about 0.1 s on SQLite,
 * 0.2 s on PostgreSQL, against a few milliseconds for the first page).
 */

type Where = Prisma.CaseWhereInput
export type Provider = 'sqlite' | 'postgresql'

export type CaseListRow = {
  id: string
  reference: string
  clientName: string
  status: string
  urgency: string | null
  recommendedPath: string | null
  nextDeadline: string | null
  activeGrounds: string[]
  assigneeName: string | null
  submittedAt: string
}
export type CaseListPage = {
  rows: CaseListRow[]
  total: number
  /** True when a search matched more than SEARCH_COUNT_LIMIT cases: `total` is then that limit. */
  totalCapped: boolean
  page: number
  pageCount: number
  pageSize: number
}

/**
 * A search counts its matches up to 1,000 (20 pages). Counting every match of a common term ("san")
 * is a second scan of the search index after the page's own (about 20 ms at 100,000 cases on SQLite);
 * stopping at 1,001 makes it nearly free, and nobody reads 20 pages of search results: the page says
 * "more than 1,000" and asks for a narrower search. Filters keep exact counts (they come from indexes).
 */
export const SEARCH_COUNT_LIMIT = 1000

/** Both generated clients are typed as the SQLite one (lib/db.ts); the client itself knows which it is. */
export const providerOf = (db: Db): Provider =>
  (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite'

// A calendar day in Japan as instants, whatever the server's time zone.
const japanMidnight = (date: string) => new Date(`${date}T00:00:00+09:00`)
const DAY_MS = 86_400_000

/**
 * Search: a substring of the client's name, email or reference, ignoring case and full-width
 * forms, the same on both databases: the term is normalised as the stored `searchText` is
 * (lib/cases/search-text.ts) and matched with LIKE (Prisma's `contains`). `%` and `_` stay
 * wildcards on both (SQLite's LIKE has no escape character unless the SQL names one, which Prisma
 * does not); only the backslash, PostgreSQL's escape character, is escaped so it is literal on both.
 */
export function searchWhere(term: string, provider: Provider): Where {
  const text = normalizeForSearch(term)
  return { searchText: { contains: provider === 'postgresql' ? text.replaceAll('\\', '\\\\') : text } }
}

export function caseListWhere(query: ListQuery, provider: Provider): Where {
  const and: Where[] = []
  if (query.status) and.push({ status: query.status })
  if (query.path) and.push({ recommendedPath: query.path })
  // By its rank, which leads the sort index and is always written with urgency (caseIndexFields).
  if (query.urgency) and.push({ urgencyRank: URGENCY_LEVELS.indexOf(query.urgency) })
  if (query.ground)
    and.push({ grounds: { some: { groundId: query.ground, ...(query.activeGround ? { active: true } : {}) } } })
  if (query.submittedFrom) and.push({ submittedAt: { gte: japanMidnight(query.submittedFrom) } })
  if (query.submittedTo)
    and.push({ submittedAt: { lt: new Date(japanMidnight(query.submittedTo).getTime() + DAY_MS) } })
  if (query.deadlineFrom) and.push({ nextDeadline: { gte: query.deadlineFrom } })
  if (query.deadlineTo) and.push({ nextDeadline: { lte: query.deadlineTo } })
  if (query.q) and.push(searchWhere(query.q, provider))
  return { AND: and }
}

const ROW_SELECT = {
  id: true,
  reference: true,
  clientName: true,
  status: true,
  urgency: true,
  recommendedPath: true,
  nextDeadline: true,
  submittedAt: true,
  assigneeId: true,
} satisfies Prisma.CaseSelect
type ScalarRow = Prisma.CaseGetPayload<{ select: typeof ROW_SELECT }>

/**
 * Counting. Prisma's count() is `SELECT COUNT(*) FROM (SELECT id ... LIMIT -1)`. On SQLite that
 * subquery stops the bare COUNT(*) from being answered from the table's page counts (4 ms instead
 * of 0.3 ms over 100,000 cases), so the whole list is counted with that one fixed statement; and
 * `id` is in no index but its own, so counting one urgency (an index range on urgencyRank) read
 * every matching row (58,993 low-urgency cases: 174 ms, when the rows still held the JSON) where a groupBy on urgencyRank
 * is answered by the index alone (6 ms). Other filters need the rows, or their index, either way.
 */
async function countCases(db: Db, query: ListQuery, where: Where): Promise<number> {
  if ((where.AND as Where[]).length === 0) {
    const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Case"`
    return Number(row?.n ?? 0)
  }
  if (wholeList(query)) return countByRank(db, where)
  if (query.q) return db.case.count({ where, take: SEARCH_COUNT_LIMIT + 1 })
  return db.case.count({ where })
}
async function countByRank(db: Db, where: Where): Promise<number> {
  const groups = await db.case.groupBy({ by: ['urgencyRank'], where, _count: { _all: true } })
  return groups.reduce((sum, group) => sum + group._count._all, 0)
}

async function readSegments(db: Db, where: Where, segments: Segment[], skip: number): Promise<ScalarRow[]> {
  const rows: ScalarRow[] = []
  for (const segment of segments) {
    if (rows.length === PAGE_SIZE) break
    const piece: Where = { AND: [where, segment.where] }
    if (skip > 0) {
      // Whole pieces before the page are counted (an index range count), not read.
      const size = await countByRank(db, piece)
      if (size <= skip) {
        skip -= size
        continue
      }
    }
    rows.push(
      ...(await db.case.findMany({
        where: piece,
        orderBy: segment.orderBy,
        skip,
        take: PAGE_SIZE - rows.length,
        select: ROW_SELECT,
      })),
    )
    skip = 0
  }
  return rows
}

const countLimit = (query: ListQuery) => (query.q ? SEARCH_COUNT_LIMIT : Infinity)
const pagesOf = (counted: number, query: ListQuery) =>
  Math.max(1, Math.ceil(Math.min(counted, countLimit(query)) / PAGE_SIZE))

export async function listCases(db: Db, query: ListQuery): Promise<CaseListPage> {
  const provider = providerOf(db)
  const where = caseListWhere(query, provider)
  const rank = query.urgency ? URGENCY_LEVELS.indexOf(query.urgency) : undefined
  // One urgency keeps only its own rank's pieces (a piece without a rank serves every urgency).
  const segments = SEGMENTS[query.sort]?.filter((s) => rank === undefined || s.rank === undefined || s.rank === rank)
  // A search's count stops past its limit: that many is already "many" for PostgreSQL's plan.
  const isMany = (total: number) => total > Math.min(FEW_MATCHES, countLimit(query))
  const read = (skip: number, total: number | undefined) =>
    segments && wholeList(query)
      ? readSegments(db, where, segments, skip)
      : readSorted(db, provider, where, query.sort, skip, total === undefined ? undefined : isMany(total))
  const result = (rows: ScalarRow[], counted: number, page: number) =>
    withNamesAndGrounds(db, rows).then((named) => ({
      rows: named,
      total: Math.min(counted, countLimit(query)),
      totalCapped: counted > countLimit(query),
      page,
      pageCount: pagesOf(counted, query),
      pageSize: PAGE_SIZE,
    }))

  if (groundInOrder(query)) return listByGround(db, query, rank)

  // On SQLite the first page is read before counting: when it is not full it is the whole list, so
  // a search or a narrow filter (the usual first page) costs one scan of the table, not two.
  // PostgreSQL needs the count first to choose its plan (readSorted).
  if (query.page === 1 && provider === 'sqlite') {
    const rows = await read(0, undefined)
    return result(rows, rows.length < PAGE_SIZE ? rows.length : await countCases(db, query, where), 1)
  }
  const total = await countCases(db, query, where)
  // A page past the end (an old link, a list that shrank) shows the last page rather than nothing.
  const page = Math.min(query.page, pagesOf(total, query))
  return result(total === 0 ? [] : await read((page - 1) * PAGE_SIZE, total), total, page)
}

/**
 * One ground (and perhaps one urgency) in the default order: the ground's rows in CaseGround carry
 * their case's sort key, so the page is one range of that table's index, read in order, and the
 * count an index count; then the page's 50 cases by id. Through Case, the same filter had to sort
 * every matching case (23,000 of 100,000 for one ground: 0.2 s on SQLite, 0.35 s on PostgreSQL).
 */
const groundInOrder = (query: ListQuery): query is ListQuery & { ground: GroundId } =>
  query.ground !== undefined && query.sort === 'priority' && wholeList({ ...query, ground: undefined })

async function listByGround(db: Db, query: ListQuery & { ground: GroundId }, rank: number | undefined) {
  const where: Prisma.CaseGroundWhereInput = {
    groundId: query.ground,
    ...(query.activeGround ? { active: true } : {}),
    ...(rank === undefined ? {} : { urgencyRank: rank }),
  }
  const total = await db.caseGround.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const links = await db.caseGround.findMany({
    where,
    orderBy: [{ urgencyRank: 'asc' }, { deadlineKey: 'asc' }, { submittedAt: 'desc' }, { caseId: 'desc' }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { caseId: true },
  })
  const rows = await rowsInOrder(
    db,
    links.map((l) => l.caseId),
  )
  return { rows: await withNamesAndGrounds(db, rows), total, totalCapped: false, page, pageCount, pageSize: PAGE_SIZE }
}

/** The list's columns of these cases, in the order of `ids`. */
async function rowsInOrder(db: Db, ids: string[]): Promise<ScalarRow[]> {
  if (ids.length === 0) return []
  const rows = await db.case.findMany({ where: { id: { in: ids } }, select: ROW_SELECT })
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * The list in one query. With few matches PostgreSQL would still walk the sort index and filter as
 * it goes, because with LIMIT 50 its planner expects the matches to be spread evenly; they are not
 * (landed cases are old, critical ones recent), and the walk read 97,000 rows for 50 (0.45 s).
 * Turning off incremental sort for this one statement (SET LOCAL, in a batch transaction, so it ends
 * with it) makes it find the matches through the filter's own index and keep the top 50 (0.09 s,
 * same rows). With many matches the walk finds 50 soon whatever their spread, and a sort of them
 * all would cost more, so the planner keeps its choice.
 *
 * SQLite cannot walk an index for these orders (see ORDER), so it sorts the matches; its sorter
 * carries every selected column, so they are sorted by id and sort key only, and the page's 50 rows
 * read by id afterwards (10,499 matches of a search: 50 ms -> 20 ms, the search index covering it all).
 */
export const FEW_MATCHES = 5000
async function readSorted(
  db: Db,
  provider: Provider,
  where: Where,
  sort: ListSort,
  skip: number,
  /** Whether more than FEW_MATCHES cases match (undefined: not counted). */
  manyMatches: boolean | undefined,
) {
  if (provider === 'sqlite') {
    const ids = await db.case.findMany({ where, orderBy: ORDER[sort], skip, take: PAGE_SIZE, select: { id: true } })
    return rowsInOrder(
      db,
      ids.map((r) => r.id),
    )
  }
  const find = db.case.findMany({ where, orderBy: ORDER[sort], skip, take: PAGE_SIZE, select: ROW_SELECT })
  if (manyMatches !== false) return find
  const [, rows] = await db.$transaction([db.$executeRawUnsafe('SET LOCAL enable_incremental_sort = off'), find])
  return rows
}

/** The assignees' names and the active grounds of one page, in two queries. */
async function withNamesAndGrounds(db: Db, rows: ScalarRow[]): Promise<CaseListRow[]> {
  if (rows.length === 0) return []
  const assigneeIds = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))]
  const [users, grounds] = await Promise.all([
    assigneeIds.length
      ? db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, name: true } })
      : [],
    db.caseGround.findMany({
      where: { caseId: { in: rows.map((r) => r.id) }, active: true },
      select: { caseId: true, groundId: true },
    }),
  ])
  const names = new Map(users.map((u) => [u.id, u.name]))
  return rows.map(({ assigneeId, submittedAt, ...row }) => ({
    ...row,
    // In the order of Art. 5(1), as the assessment lists them.
    activeGrounds: grounds
      .filter((g) => g.caseId === row.id)
      .map((g) => g.groundId)
      .sort((a, b) => GROUND_IDS.indexOf(a as GroundId) - GROUND_IDS.indexOf(b as GroundId)),
    assigneeName: assigneeId ? (names.get(assigneeId) ?? null) : null,
    submittedAt: submittedAt.toISOString(),
  }))
}
