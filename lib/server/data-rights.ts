import 'server-only'
import { db } from '@/lib/db'
import * as core from './data-rights-core'
import { clientAddress } from './client-address'

export const requestDeletion = (token: unknown) => core.requestDeletion(db, token, new Date())
export const listDeletionRequests = () => core.listDeletionRequests(db)
export const exportCase = (caseId: string) => core.exportCase(db, caseId)
export async function eraseCase(input: { caseId: string; reference: string; actorId: string }) {
  return core.eraseCase(db, { ...input, address: await clientAddress() })
}
