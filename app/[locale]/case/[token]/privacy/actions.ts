'use server'

import { failure, invalid, type ActionResult } from '@/lib/forms/action-result'
import { DeletionRequestSchema } from '@/lib/forms/data-rights'
import { requestDeletion } from '@/lib/server/data-rights'

/** Public: the private link's token is the authorization, checked inside requestDeletion. */
export async function requestDeletionAction(input: unknown): Promise<ActionResult<{ requestedAt: string }>> {
  const parsed = DeletionRequestSchema.safeParse(input)
  if (!parsed.success) return invalid(parsed.error)
  const requestedAt = await requestDeletion(parsed.data.token)
  if (!requestedAt) return failure('Common.errors.linkInvalid')
  return { ok: true, data: { requestedAt: requestedAt.toISOString() } }
}
