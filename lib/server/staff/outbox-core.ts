import type { Db } from '@/lib/db'

/**
 * The emails the application kept or sent, newest first, for staff: without SMTP this is how the
 * office reads what a client was sent (and the private links in it).
 */
export const OUTBOX_PAGE_SIZE = 20

export interface OutboxEmailView {
  id: string
  to: string
  subject: string
  text: string
  hasCalendar: boolean
  locale: string
  status: string
  error: string | null
  createdAt: string
  sentAt: string | null
}

export async function listOutbox(
  db: Db,
  page: number,
): Promise<{ emails: OutboxEmailView[]; page: number; hasNext: boolean; total: number }> {
  const [rows, total] = await Promise.all([
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      // One more than a page: whether there is a next page without counting again.
      take: OUTBOX_PAGE_SIZE + 1,
    }),
    db.outboxEmail.count(),
  ])
  return {
    page,
    total,
    hasNext: rows.length > OUTBOX_PAGE_SIZE,
    emails: rows.slice(0, OUTBOX_PAGE_SIZE).map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      hasCalendar: Boolean(r.ics),
      locale: r.locale,
      status: r.status,
      error: r.error,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
  }
}
