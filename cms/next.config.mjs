import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import { SECURITY_HEADERS } from '../scripts/lib/security-headers.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-schema/ lives next to cms/: the repository root is the root for bundling and tracing.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Types are checked by npm run typecheck (in .ci/run), not here: a production install (npm ci --omit=dev) has no
  // @types/nodemailer and the like, so the check would fail there; it also made each CMS build 30-70 s longer.
  typescript: { ignoreBuildErrors: true },
  // The same security headers as the site server (one list: scripts/lib/security-headers.mjs). No stricter
  // Content-Security-Policy than frame-ancestors: the admin (Payload/Next) needs inline scripts and styles.
  // Strict-Transport-Security depends on CMS_PUBLIC_URL when the server runs, so cms/instrumentation.ts adds it.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS.map(({ key, value }) => ({ key, value })) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
