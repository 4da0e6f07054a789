import { createHash } from 'node:crypto'
import type { Db } from '@/lib/db'

/**
 * The audit log: who did what, when. Entries hold ids and action codes, never personal data
 * (no names, emails, answers or free text), so the log can be kept longer than the cases and
 * read by administrators without exposing clients.
 */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.idle-timeout',
  'auth.two-factor-enabled',
  'auth.two-factor-disabled',
  'auth.password-changed',
  'auth.sessions-revoked',
  'case.view',
  'case.status',
  'case.assign',
  'case.track',
  'case.note',
  'case.update',
  'case.reassess',
  'case.print',
  'case.export',
  'case.deletion-requested',
  'case.erased',
  'booking.status',
  'booking.cancel',
  'settings.update',
  'staff.create',
  'staff.update',
  'outbox.view',
  'audit.view',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Non-personal details only: codes, ids, counts, field names. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>

export type AuditEntry = {
  actorId: string | null
  action: AuditAction
  targetType?: 'case' | 'booking' | 'user' | 'settings' | 'outbox' | 'audit'
  targetId?: string
  detail?: AuditDetail
  /** The caller's address; only a short hash of it is stored. */
  address?: string | null
}

export const hashAddress = (address: string) => createHash('sha256').update(address).digest('hex').slice(0, 16)

/** The audit row's write, not yet run: await it, or put it in a `$transaction([...])` with the change it records. */
export function auditLogCreate(db: Db, entry: AuditEntry) {
  return db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? undefined,
      addressHash: entry.address ? hashAddress(entry.address) : null,
    },
  })
}

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await auditLogCreate(db, entry)
}
