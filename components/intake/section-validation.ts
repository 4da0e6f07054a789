import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { makeSectionSchema } from '@/lib/intake/answers'
import type { SectionId } from '@/lib/intake/sections'
import type { Answers } from '@/lib/intake/types'

type Values = Record<string, unknown>

/**
 * The step's validation for react-hook-form: the very schema the server checks (makeSectionSchema),
 * through zodResolver. Loaded on demand by the section form.
 */
export function sectionResolver(section: SectionId, today: string, answers: Answers): Resolver<Values> {
  return zodResolver(makeSectionSchema(section, { today, answers }) as never) as unknown as Resolver<Values>
}
