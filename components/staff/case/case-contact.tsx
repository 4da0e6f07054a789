import { getTranslations } from 'next-intl/server'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { panel, sectionTitle } from './labels'

/** How to reach the client, and who filled in the interview. */
export async function CaseContact({ detail }: { detail: CaseDetail }) {
  const t = await getTranslations('StaffCase')
  const respondent = ['self', 'spouse', 'family', 'supporter'].includes(detail.respondent) ? detail.respondent : 'other'
  return (
    <section aria-labelledby="contact-title" className={panel}>
      <h2 id="contact-title" className={sectionTitle}>
        {t('contact.title')}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('contact.name')}</dt>
        <dd data-testid="client-name">{detail.clientName || t('contact.notGiven')}</dd>
        <dt className="font-semibold">{t('contact.email')}</dt>
        <dd className="break-all">
          {detail.email ? (
            <a href={`mailto:${detail.email}`} className="text-brand-800 underline underline-offset-4">
              {detail.email}
            </a>
          ) : (
            t('contact.notGiven')
          )}
        </dd>
        <dt className="font-semibold">{t('contact.phone')}</dt>
        <dd>
          {detail.phone ? (
            <a
              href={`tel:${detail.phone.replace(/[^\d+]/g, '')}`}
              className="text-brand-800 underline underline-offset-4"
            >
              {detail.phone}
            </a>
          ) : (
            t('contact.notGiven')
          )}
        </dd>
        <dt className="font-semibold">{t('contact.language')}</dt>
        <dd>{t(`languages.${detail.locale}`)}</dd>
        <dt className="font-semibold">{t('contact.respondent')}</dt>
        <dd>{t(`contact.respondents.${respondent}`)}</dd>
      </dl>
    </section>
  )
}
