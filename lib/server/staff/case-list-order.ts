import type { Prisma } from '@/generated/sqlite/client'
import type { ListQuery, ListSort } from '@/lib/cases/list-query'

/**
 * How the staff case list (case-list-core.ts) orders cases, written so the databases can read the
 * order from the (urgencyRank, nextDeadline, submittedAt) index instead of sorting 100,000 rows.
 */

type Where = Prisma.CaseWhereInput
type OrderBy = Prisma.CaseOrderByWithRelationInput[]

/**
 * Each sort as one ORDER BY. "No deadline last" is `nulls: 'last'`, which PostgreSQL serves from
 * the (urgencyRank, nextDeadline, submittedAt) index (an ascending B-tree already keeps NULLs last;
 * the submittedAt DESC tail is an incremental sort of a few rows). SQLite keeps NULLs first in an
 * index and Prisma writes `CASE WHEN nextDeadline IS NULL ...` into its ORDER BY, which no index can
 * serve: over 100,000 cases that is a full scan and sort (about half a second). See SEGMENTS.
 */
export const ORDER: Record<ListSort, OrderBy> = {
  priority: [
    { urgencyRank: 'asc' },
    { nextDeadline: { sort: 'asc', nulls: 'last' } },
    { submittedAt: 'desc' },
    { id: 'desc' },
  ],
  deadline: [
    { nextDeadline: { sort: 'asc', nulls: 'last' } },
    { urgencyRank: 'asc' },
    { submittedAt: 'desc' },
    { id: 'desc' },
  ],
  'submitted-desc': [{ submittedAt: 'desc' }, { id: 'desc' }],
  'submitted-asc': [{ submittedAt: 'asc' }, { id: 'asc' }],
  reference: [{ reference: 'asc' }],
}

export type Segment = { where: Where; orderBy: OrderBy; rank?: number }

/**
 * The same orders cut into pieces that each have no NULL question: within one urgency rank, first
 * the cases with a deadline (the index range `urgencyRank = r AND nextDeadline > NULL`, read
 * forwards), then those without (`urgencyRank = r AND nextDeadline IS NULL`, read backwards for
 * newest first). Reading the pieces in turn gives exactly ORDER, and a page reads about 50 index
 * entries instead of sorting the table. Each piece orders by every index column, even those its
 * WHERE fixes, and a piece without deadlines orders them all descending: that is what lets
 * PostgreSQL see that one index scan gives the order (without it, it walked the submittedAt index
 * through all 100,000 rows for an empty piece, 0.3 s, and sorted 59,000 rows for a full one, 0.2 s).
 * Last pieces catch ranks outside 0-3, which the index fields never write, so no case can fall out.
 */
const WITH_DEADLINE: OrderBy = [
  { urgencyRank: 'asc' },
  { nextDeadline: 'asc' },
  { submittedAt: 'desc' },
  { id: 'desc' },
]
// urgencyRank and nextDeadline are constant here, so descending changes nothing but the scan direction.
const NO_DEADLINE: OrderBy = [
  { urgencyRank: 'desc' },
  { nextDeadline: 'desc' },
  { submittedAt: 'desc' },
  { id: 'desc' },
]
const RANKS = [0, 1, 2, 3]
const noDeadline = (rank: number): Segment => ({
  rank,
  where: { urgencyRank: rank, nextDeadline: null },
  orderBy: NO_DEADLINE,
})
const oddRanks: Where = { OR: [{ urgencyRank: { lt: 0 } }, { urgencyRank: { gt: 3 } }] }

export const SEGMENTS: Partial<Record<ListSort, Segment[]>> = {
  priority: [
    ...RANKS.flatMap((rank) => [
      { rank, where: { urgencyRank: rank, nextDeadline: { not: null } }, orderBy: WITH_DEADLINE },
      noDeadline(rank),
    ]),
    { where: oddRanks, orderBy: ORDER.priority },
  ],
  deadline: [
    {
      where: { nextDeadline: { not: null } },
      orderBy: [{ nextDeadline: 'asc' }, { urgencyRank: 'asc' }, { submittedAt: 'desc' }, { id: 'desc' }],
    },
    ...RANKS.map(noDeadline),
    { where: { AND: [oddRanks, { nextDeadline: null }] }, orderBy: ORDER.deadline },
  ],
}

/**
 * When the pieces are worth it: only for the whole list (or one urgency, which selects its own
 * pieces). With any other filter one query is better, because the matches are found through that
 * filter's own index and then sorted; reading the pieces newest-first would wade through thousands
 * of recent cases to find, say, 50 landed ones, which are old (measured: 0.6 s against 5 ms).
 */
export const wholeList = (query: ListQuery) =>
  !query.q &&
  !query.status &&
  !query.path &&
  !query.ground &&
  !query.submittedFrom &&
  !query.submittedTo &&
  !query.deadlineFrom &&
  !query.deadlineTo
