import { z } from 'zod'

/** The client's deletion request: the private link's token and an explicit confirmation. */
export const DeletionRequestSchema = z.strictObject({
  token: z.string().max(64),
  confirm: z.literal(true, { error: 'Privacy.errors.confirmRequired' }),
})

/** An administrator's erasure: the case and its reference typed again. */
export const EraseCaseSchema = z.strictObject({
  caseId: z.string().min(1).max(64),
  reference: z.string().trim().min(1, 'StaffDataRequests.errors.referenceRequired').max(32),
})
