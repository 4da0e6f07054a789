import 'server-only'
import { db } from '@/lib/db'
import * as core from './outbox-core'

/** The outbox for staff pages (the page checks the session and writes outbox.view). */
export const listOutbox = (page: number) => core.listOutbox(db, page)
export { OUTBOX_PAGE_SIZE, type OutboxEmailView } from './outbox-core'
