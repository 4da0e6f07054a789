import 'server-only'
import { db } from '@/lib/db'
import * as core from './case-detail-core'

/** The case page's reads, bound to the one database. Callers have checked the staff session. */
export const getCaseDetail = (id: unknown) => core.getCaseDetail(db, id)
export const listAssignableStaff = () => core.listAssignableStaff(db)
export type { CaseDetail, CaseEventView } from './case-detail-core'
