import { getTranslations } from 'next-intl/server'
import type { OfficeSettings } from '@/lib/settings/schema'

type Props = { settings: OfficeSettings; locale: string; headingLevel: 'h2' | 'h3' }

/** The office's name, address and how to reach it, from the settings. */
export async function OfficeContact({ settings, locale, headingLevel: Heading }: Props) {
  const t = await getTranslations('OfficeContact')
  const { profile, hours } = settings
  const ja = locale === 'ja'
  return (
    <section aria-labelledby="office-contact-heading">
      <Heading id="office-contact-heading" className="text-base font-bold text-brand-800">
        {t('heading')}
      </Heading>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>{ja ? profile.nameJa : profile.nameEn}</dd>
        {(ja ? profile.representativeJa : profile.representativeEn) && (
          <>
            <dt className="font-semibold">{t('representative')}</dt>
            <dd>{ja ? profile.representativeJa : profile.representativeEn}</dd>
          </>
        )}
        <dt className="font-semibold">{t('address')}</dt>
        <dd>
          {ja && profile.postalCode ? `〒${profile.postalCode} ` : ''}
          {ja ? profile.addressJa : profile.addressEn}
        </dd>
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          <a href={`tel:${profile.phone.replace(/[^\d+]/g, '')}`} className="text-brand-700 underline underline-offset-4">
            {profile.phone}
          </a>{' '}
          <span className="text-muted">{t('phoneHours', { open: hours.phone.open, close: hours.phone.close })}</span>
        </dd>
        {profile.fax && (
          <>
            <dt className="font-semibold">{t('fax')}</dt>
            <dd>{profile.fax}</dd>
          </>
        )}
        <dt className="font-semibold">{t('email')}</dt>
        <dd>
          <a href={`mailto:${profile.email}`} className="text-brand-700 underline underline-offset-4">
            {profile.email}
          </a>
        </dd>
        <dt className="font-semibold">{t('consultationHours')}</dt>
        <dd>
          {t('consultationWeekday', { open: hours.consultationWeekday.open, close: hours.consultationWeekday.close })}
          {hours.consultationSaturday &&
            ` ${t('consultationSaturday', { open: hours.consultationSaturday.open, close: hours.consultationSaturday.close })}`}{' '}
          {t('closedDays')}
        </dd>
      </dl>
    </section>
  )
}
