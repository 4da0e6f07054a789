import 'server-only'
import { db } from '@/lib/db'
import type { SettingsGroup } from '@/lib/settings/forms'
import { todayInJapan } from '@/lib/time/tokyo'
import * as core from './settings-core'

/** The settings core bound to the one database and today's date in Japan. Callers check the role. */
export const loadOfficeSettings = () => core.loadSettings(db)
export const saveSettingsGroup = <G extends SettingsGroup>(group: G, value: core.GroupValue<G>) =>
  core.saveSettingsGroup(db, group, value)
export const listClosedDays = () => core.listClosedDays(db, todayInJapan())
export const addClosedDay = (input: { date: string; note: string }) => core.addClosedDay(db, input, todayInJapan())
export const removeClosedDay = (date: string) => core.removeClosedDay(db, date)
export type { ClosedDayView } from './settings-core'
