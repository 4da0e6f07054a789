'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { saveSectionAction } from '@/app/[locale]/intake/actions'

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'offline'

const DELAY_MS = 1000
const RETRY_MS = 5000

/**
 * Nothing typed is lost: every change is mirrored to this browser's storage at once and saved to
 * the server a second later (retried while offline). On the next visit a local copy newer than the
 * server's is restored, which covers a closed tab, a reload or a failed request.
 */
export function useAutosave(form: UseFormReturn, opts: { token: string; section: string; serverSavedAt: number }) {
  const { token, section, serverSavedAt } = opts
  const key = `intake:${token.slice(0, 12)}:${section}`
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const saveNow = useCallback(async function save(): Promise<void> {
    clearTimeout(timer.current)
    setStatus('saving')
    try {
      const result = await saveSectionAction({ token, section, values: form.getValues(), mode: 'autosave' })
      // A rejected autosave (e.g. a half-typed value that is too long) is shown on "next"; the local copy stays.
      setStatus(result.ok ? 'saved' : 'idle')
    } catch {
      setStatus('offline')
      timer.current = setTimeout(() => void save(), RETRY_MS)
    }
  }, [form, token, section])

  useEffect(() => {
    const local = readLocal(key)
    if (local && local.at > serverSavedAt) {
      form.reset(local.values)
      void saveNow()
    }
    const subscription = form.watch((values) => {
      writeLocal(key, values)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void saveNow(), DELAY_MS)
    })
    return () => {
      subscription.unsubscribe()
      clearTimeout(timer.current)
    }
    // Restoring runs once per step; the form and saver are stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const clearLocal = useCallback(() => {
    clearTimeout(timer.current)
    try {
      localStorage.removeItem(key)
    } catch {}
  }, [key])

  return { status, clearLocal }
}

function readLocal(key: string): { at: number; values: Record<string, unknown> } | null {
  try {
    const raw = localStorage.getItem(key)
    return raw ? JSON.parse(raw) : null
  } catch {
    return null
  }
}

function writeLocal(key: string, values: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify({ at: Date.now(), values }))
  } catch {
    // Storage full or disabled (private mode): the server copy still saves.
  }
}
