import { getFormatter, getTranslations } from 'next-intl/server'
import type { AuditEntryView } from '@/lib/server/staff/audit-view'

/** The entries as a table that scrolls sideways on a phone (the region is focusable for keyboards). */
export async function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const [t, format] = await Promise.all([getTranslations('StaffAudit'), getFormatter()])
  const stamp = (iso: string) =>
    format.dateTime(new Date(iso), {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'Asia/Tokyo',
    })
  const label = (action: string) =>
    t.has(`actions.${action}` as 'actions.audit.view') ? t(`actions.${action}` as 'actions.audit.view') : action
  const cell = 'border-b border-gray-300 px-3 py-2 align-top'
  return (
    <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="mt-6 overflow-x-auto">
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
        <caption id="audit-caption" className="mb-2 text-left font-bold">
          {t('caption')}
        </caption>
        <thead>
          <tr className="bg-brand-50">
            <th scope="col" className={cell}>
              {t('columns.time')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.actor')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.action')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.target')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.detail')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.address')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className={`${cell} whitespace-nowrap`}>{stamp(e.createdAt)}</td>
              <td className={cell}>{e.actorId ? (e.actorName ?? t('unknownActor')) : t('noActor')}</td>
              <td className={cell}>
                {label(e.action)}
                <span className="text-muted block font-mono text-xs">{e.action}</span>
              </td>
              <td className={`${cell} break-all`}>
                {e.targetType ? (
                  <>
                    {t.has(`targetTypes.${e.targetType}` as 'targetTypes.case')
                      ? t(`targetTypes.${e.targetType}` as 'targetTypes.case')
                      : e.targetType}
                    {e.targetId && <span className="block font-mono text-xs">{e.targetId}</span>}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className={cell}>
                {e.detail.length ? (
                  <ul>
                    {e.detail.map(([k, v]) => (
                      <li key={k} className="font-mono text-xs break-all">
                        {k}: {v}
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
              <td className={`${cell} font-mono text-xs`}>{e.addressHash ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
