import { getFormatter, getTranslations } from 'next-intl/server'
import type { OutboxEmailView } from '@/lib/server/staff/outbox'

const STATUS_STYLE: Record<string, string> = {
  kept: 'border-amber-700 bg-amber-50 text-amber-900',
  sending: 'border-gray-700 bg-gray-100 text-gray-900',
  sent: 'border-green-800 bg-green-50 text-green-900',
  failed: 'border-red-700 bg-red-50 text-red-800',
}

/** One email: who, what, its state; the text opens on demand (it may hold a client's private link). */
export async function OutboxEmail({ email }: { email: OutboxEmailView }) {
  const [t, format] = await Promise.all([getTranslations('StaffOutbox'), getFormatter()])
  const stamp = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' })
  const titleId = `email-${email.id}`
  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-gray-400 p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={titleId} className="font-bold break-words">
          {email.subject}
        </h2>
        <span className={`rounded border px-2 text-sm font-semibold ${STATUS_STYLE[email.status] ?? ''}`}>
          {t(`status.${email.status}` as 'status.kept')}
        </span>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[9rem_1fr]">
        <dt className="text-muted text-sm font-semibold sm:text-base">{t('to')}</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="text-muted text-sm font-semibold sm:text-base">{t('created')}</dt>
        <dd>
          {stamp(email.createdAt)} ({t('japanTime')})
        </dd>
        {email.sentAt && (
          <>
            <dt className="text-muted text-sm font-semibold sm:text-base">{t('sent')}</dt>
            <dd>{stamp(email.sentAt)}</dd>
          </>
        )}
        <dt className="text-muted text-sm font-semibold sm:text-base">{t('language')}</dt>
        <dd>{t(`locales.${email.locale === 'en' ? 'en' : 'ja'}`)}</dd>
        {email.error && (
          <>
            <dt className="text-muted text-sm font-semibold sm:text-base">{t('error')}</dt>
            <dd className="font-mono text-sm break-all text-red-800">{email.error}</dd>
          </>
        )}
      </dl>
      <details className="mt-3">
        <summary className="text-brand-800 inline-flex min-h-11 cursor-pointer items-center font-semibold underline underline-offset-4">
          {t('showText')}
        </summary>
        <pre className="bg-brand-50 mt-2 overflow-x-auto rounded p-3 font-sans text-sm break-words whitespace-pre-wrap">
          {email.text}
        </pre>
        {email.hasCalendar && <p className="text-muted mt-1 text-sm">{t('hasCalendar')}</p>}
      </details>
    </article>
  )
}
