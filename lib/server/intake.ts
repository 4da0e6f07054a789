import 'server-only'
import { db } from '@/lib/db'
import type { SaveMode } from './intake-core'
import * as core from './intake-core'
import { todayInJapan, yearInJapan } from '@/lib/time/tokyo'

/**
 * The intake's data access for pages and actions: the core operations bound to the one database
 * and to today's date in Japan. Authorization is the private link's token, checked inside each call.
 */
export const startDraft = (locale: 'ja' | 'en') => core.startDraft(db, locale)
export const findDraft = (token: unknown) => core.findDraft(db, token)
export const findCaseByToken = (token: unknown) => core.findCaseByToken(db, token)
export const saveSection = (input: { token: unknown; section: unknown; values: unknown; mode: SaveMode }) =>
  core.saveSection(db, { ...input, today: todayInJapan(), now: new Date() })
export const submitDraft = (token: unknown) => core.submitDraft(db, { token, today: todayInJapan(), year: yearInJapan() })
export { storedAnswers, nextSection } from './intake-core'
