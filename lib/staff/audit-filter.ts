import { z } from 'zod'
import { isCalendarDate } from '@/lib/booking/tokyo-time'

/**
 * The audit log viewer's filters, read from the address (a plain GET form, so filtered views can
 * be bookmarked). A value that does not fit is dropped and reported, never passed to the database.
 */
export const NO_ACTOR = '-'

const date = z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d))

export function parseAuditFilter(
  query: Record<string, string | string[] | undefined>,
  actions: readonly string[],
): { filter: AuditFilter; invalid: (keyof AuditFilter)[] } {
  const one = (key: string) => {
    const v = query[key]
    const s = (Array.isArray(v) ? v[0] : v)?.trim()
    return s ? s : undefined
  }
  const checks: { [K in keyof AuditFilter]-?: z.ZodType<AuditFilter[K]> } = {
    action: z
      .string()
      .refine((a) => actions.includes(a))
      .optional(),
    actor: z
      .string()
      .regex(/^([A-Za-z0-9_-]{1,64}|-)$/)
      .optional(),
    target: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    from: date.optional(),
    to: date.optional(),
  }
  const filter: AuditFilter = {}
  const invalid: (keyof AuditFilter)[] = []
  for (const key of Object.keys(checks) as (keyof AuditFilter)[]) {
    const parsed = checks[key].safeParse(one(key))
    if (parsed.success) filter[key] = parsed.data
    else invalid.push(key)
  }
  if (filter.from && filter.to && filter.from > filter.to) invalid.push('to')
  return { filter: invalid.includes('to') ? { ...filter, to: undefined } : filter, invalid }
}

export interface AuditFilter {
  action?: string
  /** A staff member's id, or NO_ACTOR for entries without one (failed sign-ins, the system). */
  actor?: string
  target?: string
  /** Japan calendar dates, both included. */
  from?: string
  to?: string
}
