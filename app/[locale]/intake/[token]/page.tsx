import { notFound } from 'next/navigation'
import { redirect } from '@/lib/i18n/navigation'
import { isSectionId } from '@/lib/intake'
import { findDraft } from '@/lib/server/intake'

export const dynamic = 'force-dynamic'

/** The private link itself: back to where the client stopped, or to the result once submitted. */
export default async function ResumePage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  const draft = await findDraft(token)
  if (!draft) notFound()
  if (draft.submittedAt) redirect({ href: `/case/${token}`, locale })
  redirect({ href: `/intake/${token}/${isSectionId(draft.section) ? draft.section : 'respondent'}`, locale })
}
