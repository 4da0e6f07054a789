import Link from 'next/link'

/**
 * Reached only when no locale can be determined (for example a path with a file extension
 * that the proxy does not handle), so it speaks both languages.
 */
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body className="mx-auto max-w-2xl p-6 font-sans">
        <h1 className="text-2xl font-bold">ページが見つかりません</h1>
        <p className="mt-2">お探しのページは存在しないか、移動した可能性があります。</p>
        <p className="mt-2">
          <Link className="text-brand-700 underline" href="/ja">
            トップページへ戻る
          </Link>
        </p>
        <div lang="en" className="mt-8 border-t pt-6">
          <h2 className="text-xl font-bold">Page not found</h2>
          <p className="mt-2">The page you are looking for does not exist or has moved.</p>
          <p className="mt-2">
            <Link className="text-brand-700 underline" href="/en">
              Go to the home page
            </Link>
          </p>
        </div>
      </body>
    </html>
  )
}
