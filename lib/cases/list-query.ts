import { z } from 'zod'
import { GROUND_IDS, PATH_IDS, URGENCY_LEVELS, isCalendarDate } from '@/lib/rules'
import { CASE_STATUSES } from './workflow'

/**
 * The staff case list's filters, as they stand in the URL (a filtered list is a link staff can
 * bookmark or send to a colleague). One schema decides what is valid; `parseListQuery` keeps
 * every valid value and drops the invalid ones, naming them, so a mistyped or outdated link still
 * opens a list (with a notice) instead of an error page.
 */

export const PAGE_SIZE = 50
/** Far past any real list (100,000 cases are 2,000 pages); stops absurd offsets. */
export const MAX_PAGE = 10_000
export const MAX_SEARCH = 100

export const LIST_SORTS = ['priority', 'submitted-desc', 'submitted-asc', 'deadline', 'reference'] as const
export type ListSort = (typeof LIST_SORTS)[number]

export const LIST_FILTERS = [
  'q',
  'status',
  'path',
  'urgency',
  'ground',
  'activeGround',
  'submittedFrom',
  'submittedTo',
  'deadlineFrom',
  'deadlineTo',
  'sort',
  'page',
] as const
export type ListFilter = (typeof LIST_FILTERS)[number]

// An empty form control sends `name=`: that means "no filter", not a bad value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional())
const date = () => optional(z.string().refine(isCalendarDate))

export const ListQuerySchema = z
  .object({
    // Whitespace is collapsed so "Maria  Santos" finds "Maria Santos"; NFC so a decomposed é typed on
    // one keyboard matches the composed é stored from another.
    q: optional(
      z
        .string()
        .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
        .pipe(z.string().max(MAX_SEARCH))
        .transform((v) => v || undefined),
    ),
    status: optional(z.enum(CASE_STATUSES)),
    path: optional(z.enum(PATH_IDS)),
    urgency: optional(z.enum(URGENCY_LEVELS)),
    ground: optional(z.enum(GROUND_IDS)),
    activeGround: optional(z.literal('1')),
    submittedFrom: date(),
    submittedTo: date(),
    deadlineFrom: date(),
    deadlineTo: date(),
    sort: optional(z.enum(LIST_SORTS)),
    page: optional(
      z
        .string()
        .regex(/^\d{1,6}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(MAX_PAGE)),
    ),
  })
  .superRefine((query, ctx) => {
    // A range that ends before it starts is a mistake worth pointing at, not an empty list.
    if (query.submittedFrom && query.submittedTo && query.submittedFrom > query.submittedTo)
      ctx.addIssue({ code: 'custom', path: ['submittedTo'], message: 'range' })
    if (query.deadlineFrom && query.deadlineTo && query.deadlineFrom > query.deadlineTo)
      ctx.addIssue({ code: 'custom', path: ['deadlineTo'], message: 'range' })
  })

type Parsed = z.infer<typeof ListQuerySchema>
export type ListQuery = Omit<Parsed, 'sort' | 'page' | 'activeGround'> & {
  sort: ListSort
  page: number
  activeGround: boolean
}
export type ParsedListQuery = { query: ListQuery; ignored: ListFilter[] }

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams

function toRecord(params: SearchParams): Record<string, unknown> {
  const entries =
    params instanceof URLSearchParams
      ? [...new Set(params.keys())].map((k) => [k, params.getAll(k)] as const)
      : Object.entries(params)
  // A repeated parameter (?status=a&status=b) stays an array, which the schema rejects: ambiguous links are named, not guessed.
  return Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) && v.length === 1 ? v[0] : v]))
}

/** Never throws: whatever the URL holds, the result is a usable query plus the filters it ignored. */
export function parseListQuery(params: SearchParams): ParsedListQuery {
  const input = Object.fromEntries(
    Object.entries(toRecord(params)).filter(([k]) => (LIST_FILTERS as readonly string[]).includes(k)),
  )
  const ignored = new Set<ListFilter>()
  for (let attempt = 0; attempt <= LIST_FILTERS.length; attempt++) {
    const result = ListQuerySchema.safeParse(input)
    if (result.success) {
      const { sort, page, activeGround, ...filters } = result.data
      return {
        query: { ...filters, sort: sort ?? 'priority', page: page ?? 1, activeGround: activeGround === '1' },
        ignored: LIST_FILTERS.filter((f) => ignored.has(f)),
      }
    }
    for (const issue of result.error.issues) {
      const key = issue.path[0] as ListFilter
      ignored.add(key)
      delete input[key]
    }
  }
  return { query: { sort: 'priority', page: 1, activeGround: false }, ignored: [...LIST_FILTERS] }
}

/** The URL query for a list: only what differs from the defaults, in a stable order. */
export function listQueryString(query: Partial<ListQuery>): string {
  const params = new URLSearchParams()
  for (const key of LIST_FILTERS) {
    const value = query[key]
    if (
      value === undefined ||
      value === false ||
      (key === 'sort' && value === 'priority') ||
      (key === 'page' && value === 1)
    )
      continue
    params.set(key, value === true ? '1' : String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** True when the list shows every case (no filter and no search), whatever the sort and page. */
export const isUnfiltered = (query: ListQuery) =>
  LIST_FILTERS.every((key) => key === 'sort' || key === 'page' || query[key] === undefined || query[key] === false)
