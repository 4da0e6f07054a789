import 'server-only'
import { db } from '@/lib/db'
import { todayInJapan } from '@/lib/time/tokyo'
import * as core from './case-workflow-core'

/** The case workflow's writes, bound to the one database and to today in Japan. Callers have checked the staff session. */
export const moveStatus = (input: Parameters<typeof core.moveStatus>[1]) => core.moveStatus(db, input)
export const changeTrack = (input: Parameters<typeof core.changeTrack>[1]) => core.changeTrack(db, input)
export const assignCase = (input: Parameters<typeof core.assignCase>[1]) => core.assignCase(db, input)
export const addNote = (input: Parameters<typeof core.addNote>[1]) => core.addNote(db, input)
export const addUpdate = (input: Parameters<typeof core.addUpdate>[1]) => core.addUpdate(db, input)
export const saveReassessment = (input: Omit<Parameters<typeof core.saveReassessment>[1], 'today'>) =>
  core.saveReassessment(db, { ...input, today: todayInJapan() })
export type { WorkflowFailure, WorkflowResult } from './case-workflow-core'
