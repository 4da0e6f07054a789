import 'server-only'
import { db } from '@/lib/db'
import { writeAudit, type AuditEntry } from './audit-core'
import { clientAddress } from './client-address'

/** Writes an audit entry with the caller's address hash. */
export async function audit(entry: Omit<AuditEntry, 'address'>): Promise<void> {
  await writeAudit(db, { ...entry, address: await clientAddress() })
}

export type { AuditAction, AuditEntry } from './audit-core'
