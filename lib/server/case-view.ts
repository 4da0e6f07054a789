import 'server-only'
import { AssessmentSchema, type Assessment } from '@/lib/rules'
import { findCaseByToken } from './intake'

export type ClientCaseView = {
  reference: string
  status: string
  submittedAt: Date
  assessment: Assessment
  updates: { id: string; locale: string; body: string; createdAt: Date }[]
}

/**
 * What a client may see of their own case through the private link: the stored assessment
 * snapshot (validated, never trusted blindly), the status and staff's progress updates.
 * Internal notes, facts and staff data stay out.
 */
export async function getClientCase(token: string): Promise<ClientCaseView | null> {
  const row = await findCaseByToken(token)
  if (!row) return null
  const assessment = AssessmentSchema.safeParse(row.record?.assessment)
  if (!assessment.success) return null
  return {
    reference: row.reference,
    status: row.status,
    submittedAt: row.submittedAt,
    assessment: assessment.data,
    updates: row.updates.map(({ id, locale, body, createdAt }) => ({ id, locale, body, createdAt })),
  }
}
