'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'

type Result = Promise<ActionResult<{ changed: boolean }>>
export interface AccountActionSet {
  changeRole: (input: { userId: string; role: 'admin' | 'staff' }) => Result
  setActive: (input: { userId: string; active: boolean }) => Result
  endSessions: (input: { userId: string }) => Result
  resetTwoFactor: (input: { userId: string }) => Result
}

type Pending = { key: string; run: () => Result; confirm: string; done: string; danger: boolean }

/**
 * An administrator's buttons for one account. Everything that ends sessions or removes access asks
 * once more; the outcome is announced in a status line that takes focus.
 */
export function AccountActions({
  account,
  actions,
}: {
  account: {
    id: string
    name: string
    role: 'admin' | 'staff'
    deactivated: boolean
    twoFactorEnabled: boolean
    sessions: number
  }
  actions: AccountActionSet
}) {
  const t = useTranslations('StaffAccounts.actions')
  const tr = useTranslations()
  const router = useRouter()
  const [busy, startTransition] = useTransition()
  const [asking, setAsking] = useState<Pending | null>(null)
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const confirmRef = useRef<HTMLParagraphElement>(null)
  const userId = account.id
  const name = account.name

  const run = (p: Pending) =>
    startTransition(async () => {
      const result = await p.run().catch(() => null)
      setAsking(null)
      setNotice(
        result?.ok
          ? { text: p.done, error: false }
          : { text: tr(result ? result.formError : 'Staff.errors.unexpected'), error: true },
      )
      requestAnimationFrame(() => noticeRef.current?.focus())
      router.refresh()
    })
  const ask = (p: Pending) => {
    setAsking(p)
    requestAnimationFrame(() => confirmRef.current?.focus())
  }

  const toRole = account.role === 'admin' ? 'staff' : 'admin'
  const options: Pending[] = [
    {
      key: 'role',
      run: () => actions.changeRole({ userId, role: toRole }),
      confirm: t(`confirm.${toRole === 'admin' ? 'promote' : 'demote'}`, { name }),
      done: t(`done.${toRole === 'admin' ? 'promote' : 'demote'}`, { name }),
      danger: false,
    },
    account.deactivated
      ? {
          key: 'reactivate',
          run: () => actions.setActive({ userId, active: true }),
          confirm: t('confirm.reactivate', { name }),
          done: t('done.reactivate', { name }),
          danger: false,
        }
      : {
          key: 'deactivate',
          run: () => actions.setActive({ userId, active: false }),
          confirm: t('confirm.deactivate', { name }),
          done: t('done.deactivate', { name }),
          danger: true,
        },
    ...(account.sessions > 0
      ? [
          {
            key: 'endSessions',
            run: () => actions.endSessions({ userId }),
            confirm: t('confirm.endSessions', { name }),
            done: t('done.endSessions', { name }),
            danger: true,
          },
        ]
      : []),
    ...(account.twoFactorEnabled
      ? [
          {
            key: 'resetTwoFactor',
            run: () => actions.resetTwoFactor({ userId }),
            confirm: t('confirm.resetTwoFactor', { name }),
            done: t('done.resetTwoFactor', { name }),
            danger: true,
          },
        ]
      : []),
  ]
  const label = (key: string) =>
    key === 'role' ? t(toRole === 'admin' ? 'promote' : 'demote') : t(key as 'deactivate')

  return (
    <div className="mt-3">
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={
          notice
            ? `mb-3 rounded-md border-l-4 p-3 font-semibold ${notice.error ? 'border-red-700 bg-red-50 text-red-800' : 'border-brand-700 bg-brand-50'}`
            : 'sr-only'
        }
      >
        {notice?.text}
      </p>
      {asking ? (
        <div className={`rounded-lg border-2 p-4 ${asking.danger ? 'border-red-700' : 'border-brand-700'}`}>
          <p ref={confirmRef} tabIndex={-1} className="font-semibold">
            {asking.confirm}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              className={asking.danger ? 'btn-danger' : 'btn-primary'}
              disabled={busy}
              onClick={() => run(asking)}
            >
              {t('yes')}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(null)}>
              {t('no')}
            </button>
          </div>
        </div>
      ) : (
        <div role="group" aria-label={t('groupLabel', { name })} className="flex flex-wrap gap-3">
          {options.map((o) => (
            <button key={o.key} type="button" className="btn-secondary" disabled={busy} onClick={() => ask(o)}>
              {label(o.key)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
