'use client'

import { useState } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'

export const MOVED_MEANWHILE = 'StaffCase.errors.movedMeanwhile'

/**
 * One submit path for the case page's forms: call the action, show its error (a message key) or
 * announce success, and re-render the server page so every panel shows the case as stored. When
 * someone else changed the case first, the page is refreshed too, so the current state is visible.
 */
export function useSubmitState() {
  const router = useRouter()
  const [formError, setFormError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [attempt, setAttempt] = useState(0)

  async function run<T>(
    call: () => Promise<ActionResult<T>>,
    opts: { setFieldError: (name: string, messageKey: string) => void; success: string; onOk?: (data: T) => void },
  ) {
    setFormError(undefined)
    setDone(undefined)
    const result = await call().catch(() => null)
    if (result?.ok) {
      opts.onOk?.(result.data)
      setDone(opts.success)
      router.refresh()
      return
    }
    if (!result) setFormError('StaffCase.errors.unexpected')
    else {
      setFormError(result.formError)
      for (const [name, message] of Object.entries(result.fieldErrors)) opts.setFieldError(name, message)
      if (result.formError === MOVED_MEANWHILE || result.formError === 'StaffCase.errors.unchanged') router.refresh()
    }
    setAttempt((n) => n + 1)
  }

  return { formError, done, attempt, run, invalid: () => setAttempt((n) => n + 1) }
}
