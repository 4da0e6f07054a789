import { createTranslator, type AbstractIntlMessages } from 'next-intl'
import enMessages from '@/messages/en.json'
import jaMessages from '@/messages/ja.json'

/** Helpers for the bookings JSON API: a capped body reader and localized error text. */

export const MAX_BODY_BYTES = 20 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 }

/** Reads at most MAX_BODY_BYTES (whatever Content-Length claims) and parses JSON. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limit) return { ok: false, status: 413 }
  if (!request.body) return { ok: false, status: 400 }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, status: 413 }
    }
    chunks.push(value)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, status: 400 }
  }
}

/** The body's locale when it names one, else the first supported language in Accept-Language, else Japanese. */
export function requestLocale(request: Request, body?: unknown): 'ja' | 'en' {
  const fromBody = (body as { locale?: unknown } | null)?.locale
  if (fromBody === 'ja' || fromBody === 'en') return fromBody
  const header = request.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'ja' || tag === 'en') return tag
  }
  return 'ja'
}

const MESSAGES: Record<'ja' | 'en', AbstractIntlMessages> = { ja: jaMessages, en: enMessages }

/** Message key -> text in `locale`; an unknown key comes back as itself. */
export function localize(locale: 'ja' | 'en', key: string): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale] })
  try {
    return (t as unknown as (k: string) => string)(key)
  } catch {
    return key
  }
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const
