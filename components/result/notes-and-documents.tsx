import { getFormatter, getTranslations } from 'next-intl/server'
import type { Assessment } from '@/lib/rules'
import type { Fees } from '@/lib/settings/schema'

/** Points to know (flags other than the critical ones, which are at the top). */
export async function FlagsList({ flags }: { flags: Assessment['flags'] }) {
  const t = await getTranslations('Result')
  const tRules = await getTranslations('Rules')
  const shown = flags.filter((f) => f.severity !== 'critical')
  if (shown.length === 0) return null
  return (
    <section aria-labelledby="flags-title" className="mb-8">
      <h2 id="flags-title" className="text-xl font-bold text-brand-800">
        {t('flagsTitle')}
      </h2>
      <ul className="mt-3 space-y-3">
        {shown.map((flag) => (
          <li key={flag.id} data-flag={flag.id} className={`rounded-lg border-l-4 p-4 ${flag.severity === 'high' ? 'border-amber-600 bg-amber-50' : 'border-brand-600 bg-brand-50'}`}>
            <p className="font-bold">{tRules(`flags.${flag.id}.label`)}</p>
            <p className="mt-1">{tRules(`flags.${flag.id}.explanation`)}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

export async function DocumentsList({ documents }: { documents: Assessment['documents'] }) {
  const t = await getTranslations('Result')
  const tRules = await getTranslations('Rules')
  if (documents.length === 0) return null
  return (
    <section aria-labelledby="documents-title" className="mb-8">
      <h2 id="documents-title" className="text-xl font-bold text-brand-800">
        {t('documentsTitle')}
      </h2>
      <p className="mt-1">{t('documentsIntro')}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {documents.map((id) => (
          <li key={id}>
            <span className="font-semibold">{tRules(`documents.${id}.label`)}</span>: {tRules(`documents.${id}.explanation`)}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The matching service and its fee, with amounts from the office settings. */
export async function FeeBox({ fee, fees }: { fee: Assessment['fee']; fees: Fees }) {
  const t = await getTranslations('Result.fee')
  const tRules = await getTranslations('Rules.fee')
  const format = await getFormatter()
  const yen = (amount: number) => format.number(amount, { style: 'currency', currency: 'JPY' })
  return (
    <section aria-labelledby="fee-title" className="mb-8">
      <h2 id="fee-title" className="text-xl font-bold text-brand-800">
        {t('title')}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('service')}</dt>
        <dd>{tRules(`services.${fee.service}`)}</dd>
        <dt className="font-semibold">{t('fee')}</dt>
        <dd>
          {tRules(`cases.${fee.case}`)}
          {fee.case === 'standard' && ` — ${yen(fees.specialLandingStandardYen)}${fees.taxIncluded ? t('taxIncluded') : ''}`}
          {fee.case === 'individual-estimate' && ` — ${t('inPrinciple', { amount: yen(fees.specialLandingStandardYen) })}`}
        </dd>
        {fee.refundPolicy && (
          <>
            <dt className="font-semibold">{t('refund')}</dt>
            <dd>{tRules(`refundPolicies.${fee.refundPolicy}`)}</dd>
          </>
        )}
        <dt className="font-semibold">{t('consultation')}</dt>
        <dd>{t('consultationFee', { amount: yen(fees.consultationPerHourYen) })}</dd>
      </dl>
      <p className="mt-2 text-sm text-muted">{tRules('outsideProcedures')}</p>
    </section>
  )
}
