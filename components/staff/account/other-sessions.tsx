'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'

/** "Sign out my other sessions": every browser but this one, at once. */
export function OtherSessions({
  count,
  action,
}: {
  count: number
  action: (input: Record<string, never>) => Promise<ActionResult<{ count: number }>>
}) {
  const t = useTranslations('StaffAccount.sessions')
  const tr = useTranslations()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [notice, setNotice] = useState<string>()
  const ref = useRef<HTMLParagraphElement>(null)
  const signOut = () =>
    startTransition(async () => {
      const result = await action({}).catch(() => null)
      setNotice(
        result?.ok
          ? t('done', { count: result.data.count })
          : tr(result ? result.formError : 'Staff.errors.unexpected'),
      )
      requestAnimationFrame(() => ref.current?.focus())
      router.refresh()
    })
  return (
    <div className="mt-3">
      <p>{t('count', { count })}</p>
      <button type="button" className="btn-secondary mt-3" disabled={pending || count === 0} onClick={signOut}>
        {t('signOutOthers')}
      </button>
      <p ref={ref} tabIndex={-1} role="status" className={notice ? 'mt-2 font-semibold' : 'sr-only'}>
        {notice}
      </p>
    </div>
  )
}
