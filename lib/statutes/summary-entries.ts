import type { StatuteEntry } from './types'

/**
 * Articles the project does not hold verbatim: faithful summaries of the Act as
 * amended in 2023 (in force 2024-06-10), labelled as summaries in both languages.
 * They paraphrase; none of them is a quotation.
 */
const SOURCE = '出入国管理及び難民認定法（2023年改正後）の要約（本アプリ作成）'
const AMENDED = '2024-06-10'
const NOTE_JA = '条文そのものではなく要約です。正確な文言は e-Gov 法令検索で確認してください。'
const NOTE_EN =
  'A summary, not the text of the Act. There is no official English text; check the Japanese text on e-Gov.'

function summary(id: string, heading: StatuteEntry['heading'], ja: string, en: string): StatuteEntry {
  return {
    id,
    article: id,
    heading,
    ja: { text: ja, kind: 'summary', source: SOURCE, versionDate: AMENDED, note: NOTE_JA },
    en: { text: en, kind: 'summary', versionDate: AMENDED, note: NOTE_EN },
  }
}

export const SUMMARY_ENTRIES: readonly StatuteEntry[] = [
  summary(
    '5-2',
    { ja: '第5条の2', en: 'Article 5-2' },
    '【要約】第5条第1項第4号、第5号、第7号、第9号又は第9号の2に該当する外国人であっても、法務省令で定める場合に法務大臣が相当と認めるときは、その事由のみによっては上陸を拒否しないこととすることができる（上陸拒否の特例）。この判断は在留資格認定証明書や査証とともに通知され、本人は上陸の際に口頭審理を経ずに上陸できる。それ以外の事由、例えば人身取引等を行った者（第7号の2）や公安上の理由で退去強制された者（第10号）は対象外である。',
    '[Summary] Even where a foreign national falls under Article 5(1)(iv), (v), (vii), (ix) or (ix-2), the Minister of Justice may, in cases set by Ministry of Justice order and where appropriate, decide not to refuse landing on that ground alone (special exception to denial of landing). The decision is notified with the Certificate of Eligibility or the visa, so the person can land without an oral hearing. Other grounds, such as having trafficked persons (item (vii-2)) or deportation on public-security grounds (item (x)), are not covered.',
  ),
  summary(
    '24-3',
    { ja: '第24条の3', en: 'Article 24-3' },
    '【要約】出国命令の対象者は、在留期間を経過して本邦に残留する者などのうち、次のすべてに当てはまる者である。①速やかに出国する意思をもって自ら出入国在留管理官署に出頭したこと、又は入国審査官の認定を受ける前に速やかに出国する意思を表明したこと。②不法残留など出国命令の対象となる事由以外の退去強制事由に当たらないこと。③本邦に入った後に窃盗、詐欺、暴行などの一定の罪で拘禁刑（懲役・禁錮）に処せられていないこと。④過去に退去強制されたこと又は出国命令により出国したことがないこと。⑤速やかに出国することが確実と見込まれること。出国命令を受けた者は定められた期間（15日以内）に出国し、上陸拒否期間は出国の日から1年となる（第55条の2以下、第5条第1項第9号）。',
    '[Summary] A departure order is for a person who, among others, stayed beyond the permitted period and meets all of the following: (1) came forward to the immigration office of their own accord intending to leave promptly, or declared that intention before the immigration inspector’s finding; (2) falls under no other deportation ground; (3) has not been sentenced, after entering Japan, to imprisonment for certain offences such as theft, fraud or assault; (4) has never been deported nor left under a departure order before; (5) is certain to leave promptly. The person leaves within the set period (up to 15 days) and is then barred from landing for one year from the day of departure (Articles 55-2 onwards, 5(1)(ix)).',
  ),
  summary(
    '48(1)',
    { ja: '第48条第1項', en: 'Article 48(1)' },
    '【要約】入国審査官から退去強制対象者に当たるとの認定の通知を受けた人は、その認定に異議があるときは、通知を受けた日から3日以内に、口頭で、特別審理官に口頭審理を請求することができる。',
    '[Summary] A person notified of the immigration inspector’s finding that they are deportable may, if they object to it, request an oral hearing before a special inquiry officer, orally, within three days from the day of the notice.',
  ),
  summary(
    '49(1)',
    { ja: '第49条第1項', en: 'Article 49(1)' },
    '【要約】口頭審理の結果、特別審理官から認定に誤りがないとの判定の通知を受けた人は、その判定に異議があるときは、通知を受けた日から3日以内に、不服の理由を書いた書面を主任審査官に出して、法務大臣に異議を申し出ることができる。',
    '[Summary] A person notified, after the oral hearing, of the special inquiry officer’s decision that the finding was correct may, if they object to it, file an objection with the Minister of Justice within three days from the day of the notice, by submitting a document stating the grounds to the supervising immigration inspector.',
  ),
  summary(
    '50',
    { ja: '第50条', en: 'Article 50' },
    '【要約】法務大臣は、退去強制対象者に当たる外国人であっても、永住許可を受けているとき、かつて日本国民として本邦に本籍を有したことがあるとき、人身取引等により他人の支配下に置かれて本邦に在留するとき、難民又は補完的保護対象者の認定を受けているとき、その他特別に在留を許可すべき事情があると認めるときは、在留を特別に許可することができる（在留特別許可）。ただし、無期又は1年を超える拘禁刑（刑の全部の執行猶予を除く）に処せられた者などについては、在留を許可しないことが人道上の配慮に欠けると認められる特別の事情があるときに限られる。在留特別許可は、退去強制令書が発付されるまでの間、本人の申請により（又は職権で）判断され、在留を希望する理由、家族関係、素行、入国の経緯、在留の期間と状況、人道上の配慮の必要性などが考慮される。収容中の人も申請できる。',
    '[Summary] The Minister of Justice may specially permit a deportable foreign national to stay (special permission to stay) where the person has permanent residence, once had a family register in Japan as a Japanese national, stays in Japan under the control of others through trafficking in persons, is recognised as a refugee or a person eligible for complementary protection, or where the Minister finds other circumstances warranting special permission. For a person sentenced to life or to imprisonment of more than one year (unless wholly suspended), and some others, permission requires special circumstances in which refusing it would lack humanitarian consideration. The decision is made, on the person’s application (or ex officio), until a written deportation order is issued, considering the reasons for wishing to stay, family relationships, conduct, how the person came to Japan, the length and circumstances of the stay, and the need for humanitarian consideration. Detained persons can apply.',
  ),
  summary(
    '52',
    { ja: '第52条（第4項・第5項）', en: 'Article 52 (paragraphs 4 and 5)' },
    '【要約】退去強制令書は入国警備官が執行し、本人を送還する。主任審査官は、本人が自らの費用で自ら本邦を退去しようとするときは、申請によりこれを許可することができる（第4項、自費出国）。2023年改正により、主任審査官は、自費出国の許可を受ける者について、出国すべき期限を定めて上陸拒否期間を1年とする決定をすることができるようになった（第5項）。その期限までに出国した人の上陸拒否期間は、短期滞在の活動を目的とする場合を除き、出国の日から1年となる（第5条第1項第9号）。',
    '[Summary] A written deportation order is executed by immigration control officers, who send the person back. The supervising immigration inspector may, on application, permit the person to leave Japan at their own expense (paragraph 4). Since the 2023 amendment, the supervising immigration inspector may also set a date by which such a person must leave and decide that their landing ban is one year (paragraph 5). A person who leaves by that date is barred from landing for one year from the day of departure, except when seeking to come for short-term-stay activities (Article 5(1)(ix)).',
  ),
]
