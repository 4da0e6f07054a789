import type { Metadata, Viewport } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { pickMessages } from '@/lib/i18n/pick'
import { routing } from '@/lib/i18n/routing'

/** Client components get only these namespaces; everything else is rendered on the server. */
const CLIENT_NAMESPACES = ['LanguageSwitcher'] as const

/**
 * Every page shows the office's settings (name, phone, hours) read from the database, which an
 * administrator can change at any time, so nothing is prerendered at build time.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return { title: { default: t('title'), template: t('titleTemplate') }, description: t('description') }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const messages = await getMessages()
  const t = await getTranslations('Layout')
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES)}>
          <a
            href="#main"
            className="text-brand-800 sr-only rounded bg-white px-4 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
          >
            {t('skipToContent')}
          </a>
          <SiteHeader />
          {/* The forms are scripted (components/forms/scripted-form.tsx): without JavaScript they cannot be sent. */}
          <noscript>
            <p className="border-b-2 border-amber-700 bg-amber-50 px-4 py-3 text-center font-semibold text-amber-950">
              {t('noScript')}
            </p>
          </noscript>
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
