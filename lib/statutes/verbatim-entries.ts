import type { StatuteEntry } from './types'
import { VERBATIM_JA } from './verbatim-ja'

/**
 * Articles whose Japanese text the project holds verbatim (the seed page). The
 * page predates the 2023 amendment, so each entry says so and the English is an
 * unofficial translation of that same older text.
 */
const SOURCE = '事務所ウェブページに掲載された出入国管理及び難民認定法の条文（shared/seeds/003_d4de32051d91e8fc.txt）'
const BEFORE_2023 = 'before 2024-06-10'
const NOTE_JA = '2023年改正（2024年6月10日施行）より前の条文です。現行の条文は e-Gov 法令検索で確認してください。'
const NOTE_EN =
  'Translation of the text before the 2023 amendment (in force 2024-06-10). There is no official English text; check the current Japanese text on e-Gov.'
const KEIJI_JA = '2025年6月1日から懲役と禁錮は拘禁刑に一本化されました。それより前の懲役・禁錮も同じように数えます。'
const KEIJI_EN =
  'Since 2025-06-01 imprisonment with and without work are one penalty (kokin-kei); earlier sentences count the same.'

function verbatim(
  id: keyof typeof VERBATIM_JA,
  heading: StatuteEntry['heading'],
  en: string,
  notes: { ja?: string; en?: string } = {},
): StatuteEntry {
  return {
    id,
    article: id,
    heading,
    ja: {
      text: VERBATIM_JA[id],
      kind: 'verbatim',
      source: SOURCE,
      versionDate: BEFORE_2023,
      note: [NOTE_JA, notes.ja].filter(Boolean).join(''),
    },
    en: {
      text: en,
      kind: 'unofficial-translation',
      versionDate: BEFORE_2023,
      note: [NOTE_EN, notes.en].filter(Boolean).join(' '),
    },
  }
}

export const VERBATIM_ENTRIES: readonly StatuteEntry[] = [
  verbatim(
    '5(1)(iv)',
    { ja: '第5条第1項第4号', en: 'Article 5(1)(iv)' },
    '(iv) A person who has been sentenced, for violating the laws and regulations of Japan or of any other country, to imprisonment with or without work for one year or more, or to an equivalent penalty; this does not apply to a person sentenced for a political offence.',
    { ja: KEIJI_JA, en: KEIJI_EN },
  ),
  verbatim(
    '5(1)(v)',
    { ja: '第5条第1項第5号', en: 'Article 5(1)(v)' },
    '(v) A person who has been sentenced to a penalty for violating the laws and regulations of Japan or of any other country on the control of narcotics, cannabis, opium, stimulants or psychotropic substances.',
  ),
  verbatim(
    '5(1)(vii)',
    { ja: '第5条第1項第7号', en: 'Article 5(1)(vii)' },
    '(vii) A person who has engaged in prostitution, in the mediation or solicitation of prostitution, in providing a place for it, or in any other business directly connected with prostitution (except a person who did so while under the control of others through trafficking in persons).',
  ),
  verbatim(
    '5(1)(vii-2)',
    { ja: '第5条第1項第7号の2', en: 'Article 5(1)(vii-2)' },
    '(vii-2) A person who has committed trafficking in persons, or incited or aided it.',
  ),
  verbatim(
    '5(1)(ix)',
    { ja: '第5条第1項第9号', en: 'Article 5(1)(ix)' },
    '(ix) A person listed in (a) to (d) below for whom the period set for each has not yet passed:\n(a) a person refused landing under item (vi) or the preceding item: one year from the day of refusal;\n(b) a person deported from Japan under any item of Article 24 (except item (iv)(o) to (yo) and item (iv-3)) who, before that departure, had never been deported from Japan nor left under a departure order under Article 55-3(1): five years from the day of departure;\n(c) a person deported from Japan under any item of Article 24 (except item (iv)(o) to (yo) and item (iv-3)), other than one in (b): ten years from the day of departure;\n(d) a person who left Japan under a departure order under Article 55-3(1): one year from the day of departure.',
    {
      ja: '2023年改正により、第52条第5項の決定を受けて期限までに自費出国した者の上陸拒否期間を1年とする定め（短期滞在の活動を目的とする場合を除く）が加わりました。',
      en: 'The 2023 amendment added a one-year period for a person who left at their own expense by the date set in a decision under Article 52(5) (not for short-term stay).',
    },
  ),
  verbatim(
    '5(1)(ix-2)',
    { ja: '第5条第1項第9号の2', en: 'Article 5(1)(ix-2)' },
    '(ix-2) A person who, while residing in Japan with a status of residence in the upper column of Appended Table I, was sentenced to imprisonment with or without work for a crime under Part II, Chapter 12, 16 to 19, 23, 26, 27, 31, 33, 36, 37 or 39 of the Penal Code, under Article 1, 1-2 or 1-3 of the Act on Punishment of Physical Violence and Others (except the parts on Article 222 or 261 of the Penal Code), under the Act on the Prevention and Disposition of Robbery and Theft, or under Article 15 or 16 of the Act on the Prohibition of Possession of Special Unlocking Tools, and whose judgment became final while they were outside Japan after leaving, for whom five years from the day it became final have not passed.',
    { ja: KEIJI_JA, en: KEIJI_EN },
  ),
  verbatim(
    '5(1)(x)',
    { ja: '第5条第1項第10号', en: 'Article 5(1)(x)' },
    '(x) A person deported from Japan under any of item (iv)(o) to (yo) of Article 24.',
    {
      ja: 'このアプリは、第24条第4号オからヨまで又は第4号の3に該当して退去強制された場合を本号として扱います。',
      en: 'This application treats deportation under Article 24(iv)(o) to (yo) or (iv-3) as falling under this item.',
    },
  ),
  verbatim(
    '7-2',
    { ja: '第7条の2', en: 'Article 7-2' },
    'Article 7-2 (1) The Minister of Justice may, as provided by Ministry of Justice order, issue to a foreign national seeking to land in Japan (except one seeking to engage in the activities of Temporary Visitor in Appended Table I(3)), on application made in advance, a certificate that the foreign national meets the condition in Article 7(1)(ii).\n(2) The application under the preceding paragraph may be made through an agent set by Ministry of Justice order, such as an employee of the organisation that intends to receive the foreign national.',
  ),
  verbatim(
    '11(1)',
    { ja: '第11条第1項', en: 'Article 11(1)' },
    'Article 11 (1) A foreign national who has received the notice under paragraph (10) of the preceding Article and objects to the finding may, within three days from the day the notice was received, file an objection with the Minister of Justice by submitting a document stating the grounds of the objection to the supervising immigration inspector, following the procedure set by Ministry of Justice order.',
  ),
  verbatim(
    '12',
    { ja: '第12条', en: 'Article 12' },
    'Article 12 (1) Even where the Minister of Justice, when deciding under paragraph (3) of the preceding Article, finds that the objection has no reason, the Minister may specially permit the foreign national to land if:\n(i) the person has been granted re-entry permission;\n(ii) the person entered Japan under the control of others through trafficking in persons;\n(iii) the Minister finds other circumstances in which landing should be specially permitted.\n(2) For the purposes of paragraph (4) of the preceding Article, permission under the preceding paragraph is deemed a decision that the objection has reason.',
  ),
]
