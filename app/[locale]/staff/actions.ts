'use server'

import { redirect } from 'next/navigation'
import { getLocale } from 'next-intl/server'
import { currentStaff } from '@/lib/server/staff/session'
import { signOut } from '@/lib/server/staff/sign-in'

/** Signing out needs no check beyond the session itself: without one there is nothing to end. */
export async function signOutAction(): Promise<void> {
  const session = await currentStaff()
  if (session) await signOut(session.user.id)
  redirect(`/${await getLocale()}/staff/login?reason=signed-out`)
}
