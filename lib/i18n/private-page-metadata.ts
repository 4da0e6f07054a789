import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

/**
 * Metadata for a page behind a client's private link: its own title (so a screen reader and
 * the browser's tab say which step or page this is, WCAG 2.4.2) and never indexed by search
 * engines. `key` is a message key under `namespace`, e.g. ('Intake', 'review.title').
 */
export async function privatePageMetadata(locale: string, namespace: string, key: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace })
  return { title: t(key), robots: { index: false, follow: false } }
}
