import { notFound } from 'next/navigation'

export const dynamic = 'force-dynamic'

/**
 * A page with no application code, the baseline of the page-weight benchmark
 * (bench/page-weight.bench.ts): JavaScript of a page / JavaScript of this page. Only served
 * when BENCH_PAGES=1, so production never shows it.
 */
export default function BarePage() {
  if (process.env.BENCH_PAGES !== '1') notFound()
  return (
    <html lang="en">
      <body>
        <p>bare</p>
      </body>
    </html>
  )
}
