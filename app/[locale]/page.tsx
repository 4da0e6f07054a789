import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { getOfficeSettings } from '@/lib/server/settings'

export const dynamic = 'force-dynamic'

const SERVICES = ['stay', 'landing', 'departure'] as const
const STEPS = ['answer', 'result', 'consult', 'accept'] as const

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, format, settings] = await Promise.all([getTranslations('Home'), getFormatter(), getOfficeSettings()])
  const fee = format.number(settings.fees.consultationPerHourYen, { style: 'currency', currency: 'JPY' })

  return (
    <>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:py-16">
          <h1 className="text-brand-800 text-2xl leading-snug font-bold sm:text-4xl">{t('hero.title')}</h1>
          <p className="mt-4 max-w-3xl text-base sm:text-lg">{t('hero.lead')}</p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Link
              href="/intake"
              className="bg-brand-700 hover:bg-brand-800 inline-block rounded-lg px-6 py-3 text-lg font-bold text-white shadow"
            >
              {t('hero.start')}
            </Link>
            <p className="text-muted text-sm">{t('hero.startNote')}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby="urgent-heading" className="mx-auto max-w-5xl px-4 pt-10">
        <div className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="urgent-heading" className="font-bold">
            {t('urgent.title')}
          </h2>
          <p className="mt-1">
            {t('urgent.body')}{' '}
            <a
              href={`tel:${settings.profile.phone.replace(/[^\d+]/g, '')}`}
              className="text-brand-800 font-bold underline underline-offset-4"
            >
              {settings.profile.phone}
            </a>
          </p>
        </div>
      </section>

      <section aria-labelledby="services-heading" className="mx-auto max-w-5xl px-4 pt-12">
        <h2 id="services-heading" className="text-brand-800 text-xl font-bold sm:text-2xl">
          {t('services.title')}
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {SERVICES.map((id) => (
            <li key={id} className="border-brand-100 rounded-lg border p-5">
              <h3 className="text-lg font-bold">{t(`services.${id}.title`)}</h3>
              <p className="mt-2 text-sm">{t(`services.${id}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-heading" className="mx-auto max-w-5xl px-4 pt-12">
        <h2 id="steps-heading" className="text-brand-800 text-xl font-bold sm:text-2xl">
          {t('steps.title')}
        </h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-2">
          {STEPS.map((id, index) => (
            <li key={id} className="bg-brand-50 flex gap-4 rounded-lg p-5">
              <span
                aria-hidden="true"
                className="bg-brand-700 flex h-9 w-9 shrink-0 items-center justify-center rounded-full font-bold text-white"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-bold">{t(`steps.${id}.title`)}</h3>
                <p className="mt-1 text-sm">{t(`steps.${id}.body`, { fee })}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="trust-heading" className="mx-auto max-w-5xl px-4 pt-12">
        <h2 id="trust-heading" className="text-brand-800 text-xl font-bold sm:text-2xl">
          {t('trust.title')}
        </h2>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>{t('trust.privacy')}</li>
          <li>{t('trust.honesty')}</li>
          <li>{t('trust.review')}</li>
        </ul>
        <p className="mt-8">
          <Link href="/intake" className="text-brand-700 font-bold underline underline-offset-4">
            {t('hero.start')}
          </Link>
        </p>
      </section>
    </>
  )
}
