import 'server-only'
import { db } from '@/lib/db'
import type { AuditFilter } from '@/lib/staff/audit-filter'
import * as core from './audit-view-core'

/** The audit log viewer's data for the administrators' page (which checks the role). */
export const listAuditEntries = (filter: AuditFilter, page: number) => core.listAuditEntries(db, filter, page)
export const listActors = () => core.listActors(db)
export type { AuditEntryView } from './audit-view-core'
