import { addDays, tokyoToInstant } from '@/lib/booking'
import type { Db } from '@/lib/db'
import type { AuditEntry } from '@/lib/server/audit-core'
import { NO_ACTOR, type AuditFilter } from '@/lib/staff/audit-filter'

/** The audit log for administrators, newest first, with the actor's name joined by id. */
const TARGET_TYPES = ['case', 'booking', 'user', 'settings', 'outbox', 'audit'] as const satisfies readonly NonNullable<
  AuditEntry['targetType']
>[]

export const AUDIT_PAGE_SIZE = 50

export interface AuditEntryView {
  id: string
  createdAt: string
  actorId: string | null
  /** null when the actor is unknown or the account no longer exists. */
  actorName: string | null
  action: string
  targetType: string | null
  targetId: string | null
  /** The detail's codes as [name, value] pairs, values flattened to text. */
  detail: [string, string][]
  addressHash: string | null
}

function whereOf(filter: AuditFilter) {
  const createdAt = {
    ...(filter.from ? { gte: tokyoToInstant(filter.from, '00:00')! } : {}),
    ...(filter.to ? { lt: tokyoToInstant(addDays(filter.to, 1), '00:00')! } : {}),
  }
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorId: filter.actor === NO_ACTOR ? null : filter.actor } : {}),
    // Listing the target types lets the (targetType, targetId, createdAt) index serve an id alone.
    ...(filter.target ? { targetType: { in: [...TARGET_TYPES] }, targetId: filter.target } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  }
}

function detailPairs(detail: unknown): [string, string][] {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return []
  return Object.entries(detail as Record<string, unknown>).map(([k, v]) => [
    k,
    Array.isArray(v)
      ? v.map(String).join(', ')
      : v === null
        ? '—'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v),
  ])
}

export async function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: number,
): Promise<{ entries: AuditEntryView[]; hasNext: boolean }> {
  const rows = await db.auditLog.findMany({
    where: whereOf(filter),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  })
  const shown = rows.slice(0, AUDIT_PAGE_SIZE)
  const actorIds = [...new Set(shown.map((r) => r.actorId).filter((id): id is string => Boolean(id)))]
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : []
  const names = new Map(actors.map((a) => [a.id, a.name]))
  return {
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    entries: shown.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      detail: detailPairs(r.detail),
      addressHash: r.addressHash,
    })),
  }
}

/** Everyone who can appear as an actor, for the filter's list. */
export const listActors = (db: Db) =>
  db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } })
