import { redirect } from 'next/navigation'

/** /staff opens the case list. */
export default async function StaffHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  redirect(`/${locale}/staff/cases`)
}
