import { createStaffAccount } from '@/lib/auth/staff-accounts-core'
import type { Db } from '@/lib/db'

/**
 * Demo staff accounts for `npm run demo` only (never for a real office: create the first
 * administrator with `npm run staff:create-admin`). Created only when there is no account yet.
 * The passwords are printed in the README; the administrator must still set up two-factor
 * sign-in with an authenticator app at the first sign-in.
 */
export const DEMO_STAFF = [
  { name: 'デモ 管理者 (Demo Admin)', email: 'admin@example.jp', role: 'admin', password: 'demo-admin-password' },
  { name: 'デモ 職員 (Demo Staff)', email: 'staff@example.jp', role: 'staff', password: 'demo-staff-password' },
] as const

export async function seedDemoStaff(db: Db): Promise<number> {
  if ((await db.user.count()) > 0) return 0
  for (const account of DEMO_STAFF) await createStaffAccount(db, { ...account })
  return DEMO_STAFF.length
}
