import type { z } from 'zod'
import { choice, list, section, years, type FieldKit } from '../fields'
import { PARTNERS, PERSON_STATUS_ANSWERS, YES_NO, YES_NO_UNKNOWN } from '../options'

export const childItemSchema = () =>
  section({
    otherParentStatus: choice(PERSON_STATUS_ANSWERS),
    minor: choice(YES_NO),
    custody: choice(YES_NO),
    japaneseSchool: choice(YES_NO),
  })

export const familySchema = (kit: FieldKit) =>
  section({
    partner: choice(PARTNERS),
    partnerStatus: choice(PERSON_STATUS_ANSWERS),
    marriedOn: kit.date().optional(),
    cohabitingYears: years(),
    marriedAfterProceedings: choice(YES_NO_UNKNOWN),
    hasChildren: choice(YES_NO),
    children: list(childItemSchema()),
    parentJapanese: choice(YES_NO_UNKNOWN),
    medicalNeed: choice(YES_NO),
    communityTies: choice(YES_NO),
  })
export type FamilyAnswers = z.infer<ReturnType<typeof familySchema>>
export type ChildAnswer = z.infer<ReturnType<typeof childItemSchema>>
