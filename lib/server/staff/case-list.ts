import 'server-only'
import type { ListQuery } from '@/lib/cases/list-query'
import { db } from '@/lib/db'
import * as core from './case-list-core'

/**
 * The case list for the staff page, bound to the one database. The page checks the session first
 * (requireStaffPage); the list is not a view of a case, so nothing is audited here.
 */
export const listCases = (query: ListQuery) => core.listCases(db, query)
export type { CaseListPage, CaseListRow } from './case-list-core'
