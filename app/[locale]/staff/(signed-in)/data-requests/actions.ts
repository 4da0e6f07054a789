'use server'

import { revalidatePath } from 'next/cache'
import { failure } from '@/lib/forms/action-result'
import { EraseCaseSchema } from '@/lib/forms/data-rights'
import { eraseCase } from '@/lib/server/data-rights'
import { staffAction } from '@/lib/server/staff/session'

export const eraseCaseAction = staffAction({ role: 'admin', schema: EraseCaseSchema }, async (input, session) => {
  const result = await eraseCase({ ...input, actorId: session.user.id })
  if (!result.ok) return failure(result.reason === 'not-found' ? 'StaffDataRequests.errors.notFound' : 'StaffDataRequests.errors.referenceMismatch')
  revalidatePath('/[locale]/staff/data-requests', 'page')
  return { ok: true as const, data: { bookings: result.bookings, emails: result.emails } }
})
