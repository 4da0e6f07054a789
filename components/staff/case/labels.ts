import { getFormatter, getTranslations } from 'next-intl/server'

/**
 * Words shared by the case page's panels: workflow status labels (the staff list's own keys,
 * StaffCases.status.*), and office times in Japan time whatever the server's zone.
 */
export async function caseLabels() {
  const [tStatus, format] = await Promise.all([getTranslations('StaffCases.status'), getFormatter()])
  return {
    status: (status: string) => (tStatus.has(status) ? tStatus(status) : status),
    when: (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
    date: (date: Date) => format.dateTime(date, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }),
  }
}

export const sectionTitle = 'text-lg font-bold text-brand-800'
export const panel = 'rounded-lg border border-gray-300 bg-white p-4'
