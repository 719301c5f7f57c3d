/**
 * Strict-Transport-Security on every answer, but only when the CMS is reached over https (CMS_PUBLIC_URL starts with
 * https://): a browser then uses https only for this host for a year. Read when the server starts, not at `next
 * build` (the other security headers are fixed, so cms/next.config.mjs puts them into the build).
 */
import { NextResponse } from 'next/server'
import { HSTS, servedOverHttps } from '../scripts/lib/security-headers.mjs'

const hsts = servedOverHttps(process.env.CMS_PUBLIC_URL)

export function proxy() {
  const res = NextResponse.next()
  if (hsts) res.headers.set(HSTS.key, HSTS.value)
  return res
}
