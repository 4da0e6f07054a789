import 'server-only'
import type { NewStaff } from '@/lib/auth/staff-accounts-core'
import { db } from '@/lib/db'
import * as core from './accounts-core'

/** The accounts core bound to the one database. Callers (administrators' actions) check the role. */
export const listStaffAccounts = () => core.listStaffAccounts(db, new Date())
export const createAccount = (input: NewStaff) => core.createAccount(db, input)
export const changeRole = (input: { actorId: string; userId: string; role: 'admin' | 'staff' }) =>
  core.changeRole(db, input)
export const setActive = (input: { actorId: string; userId: string; active: boolean }) => core.setActive(db, input)
export const endSessions = (userId: string) => core.endSessions(db, userId)
export const resetTwoFactor = (input: { actorId: string; userId: string }) => core.resetTwoFactor(db, input)
export type { StaffAccountView, AccountChange } from './accounts-core'
