/**
 * "Voorbeeld bekijken": the latest draft of an aanbod or activiteit, rendered by the site's own page components
 * (astro.voorbeeld.config.mjs, built with the CMS by scripts/lib/voorbeeld-build.ts), for those who may see drafts.
 *
 * GET /api/aanbod/:id/voorbeeld and /api/activiteiten/:id/voorbeeld. The draft is read with the caller's own access
 * (the collection's readVersions: staff, and partners of the document's organisatie); anyone else, anonymous
 * visitors too, gets the same 403 page for a document that is not theirs and for one that does not exist. The draft
 * is checked with content-schema's schema, as the site checks what the public REST API gives, and rendered in a child
 * process (site/voorbeeld/render.mjs) that reads the rest of the content over the public REST API, as the site build.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { PayloadHandler, PayloadRequest } from 'payload'
import type { z } from 'zod'
import { activiteitSchema, aanbodSchema, SITE_PAGINA_SOORTEN } from '../../content-schema'
import { isSignedIn } from '../access'
import { projectRoot, voorbeeldDir } from '../paths'
import { publicatieInstellingen, siteBuildEnv } from '../publishing'

type VoorbeeldCollectie = 'aanbod' | 'activiteiten'
const SCHEMAS: Record<VoorbeeldCollectie, z.ZodTypeAny> = { aanbod: aanbodSchema, activiteiten: activiteitSchema }

/** The longest a preview may take to render. */
const RENDER_TIMEOUT_MS = 30_000

/** An inline style's hash source, as in site/lib/csp.ts (cms/ does not import site/: docs/architectuur.md). */
const cspHash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The policy of a preview: its own inline styles (by hash), images from the CMS; no scripts, forms or base. */
export function voorbeeldCsp(html: string): string {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]!))
  return [
    "default-src 'none'",
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * An HTML answer: never cached, never indexed, with the preview's policy as the first element of its <head> (a
 * <meta>: Next's headers (cms/next.config.mjs) set the Content-Security-Policy header of every answer to
 * frame-ancestors alone, which still holds).
 */
function htmlAntwoord(html: string, status: number): Response {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${voorbeeldCsp(html)}">`
  return new Response(
    html.replace(/<head[^>]*>/, (head) => head + meta),
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' } },
  )
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A short page of our own (no site around it): for a refusal, or a draft that cannot be shown yet. */
function meldingPagina(titel: string, regels: string[], status: number): Response {
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)} – Sociale Kaart Twenterand</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style></head>
<body><main><h1>${esc(titel)}</h1>${regels.map((r) => `<p>${esc(r)}</p>`).join('')}</main></body></html>`
  return htmlAntwoord(html, status)
}

const geenToegang = () =>
  meldingPagina(
    'U kunt dit voorbeeld niet bekijken',
    [
      'Een voorbeeld van een concept is alleen te zien voor de organisatie die het maakt en voor de redactie.',
      'Log in met uw eigen account en open het voorbeeld vanuit het aanbod of de activiteit.',
    ],
    403,
  )

/** Render `doc` with the preview build's page at `pad`, in a child process. */
function renderInKind(pad: string, doc: unknown): Promise<{ status: number; html: string; fout?: string; log: string }> {
  const env: NodeJS.ProcessEnv = { ...siteBuildEnv(publicatieInstellingen()), NODE_ENV: 'production', VOORBEELD_DIR: voorbeeldDir() }
  return new Promise((resolve, reject) => {
    // spawn of node itself, not fork(): the bundler would try to resolve fork's module path.
    const kind: ChildProcess = spawn(process.execPath, [path.join(projectRoot(), 'site', 'voorbeeld', 'render.mjs')], {
      cwd: projectRoot(),
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      timeout: RENDER_TIMEOUT_MS,
    })
    let log = ''
    kind.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-2000)
    })
    let antwoord: { status: number; html: string; fout?: string } | null = null
    kind.on('message', (m) => {
      antwoord = m as typeof antwoord
    })
    kind.on('error', reject)
    kind.on('exit', (code, signal) => {
      if (antwoord) resolve({ ...antwoord, log })
      else reject(new Error(`Het voorbeeld stopte met ${signal ?? `code ${code}`}. ${log}`))
    })
    kind.send({ pad, doc })
  })
}

/** The draft as the public REST API would give it once published (what the site's schema checks). */
function alsGepubliceerd(doc: Record<string, any>) {
  const { _status, ...rest } = doc
  // Who last checked it: for logged-in users only, never on the site.
  if (rest.laatstGecontroleerd) rest.laatstGecontroleerd = { ...rest.laatstGecontroleerd, door: null }
  return rest
}

async function magConceptZien(req: PayloadRequest, collection: VoorbeeldCollectie, id: string): Promise<boolean> {
  if (!isSignedIn(req.user)) return false
  try {
    // The collection's own readVersions access decides (anonymous: none; a partner: its own organisaties').
    const { totalDocs } = await req.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return totalDocs > 0
  } catch {
    return false
  }
}

export const voorbeeldEndpoint = (collection: VoorbeeldCollectie) => {
  const handler: PayloadHandler = async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!(await magConceptZien(req, collection, id))) return geenToegang()
    let doc: Record<string, any>
    try {
      doc = (await req.payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })) as any
    } catch {
      return geenToegang()
    }
    const publiek = alsGepubliceerd(doc)
    const result = SCHEMAS[collection].safeParse(publiek)
    if (!result.success) {
      return meldingPagina(
        'Dit concept is nog niet compleet',
        [
          'Zo kan het nog niet op de site. Vul eerst deze velden aan en sla het concept op:',
          ...result.error.issues.map((i) => `${i.path.join('.') || 'het document'}: ${i.message}`),
        ],
        422,
      )
    }
    if (!fs.existsSync(path.join(voorbeeldDir(), 'server', 'entry.mjs'))) {
      req.payload.logger.error('Voorbeeld niet gemaakt: het is niet gebouwd (.site-voorbeeld/). npm start bouwt het.')
      return meldingPagina('Het voorbeeld lukt nu niet', ['Het voorbeeld is op deze server niet gebouwd. Vraag de beheerder om hulp.'], 500)
    }
    try {
      // The page checks it again with the same schema, as the site does with what the REST API gives.
      const { status, html, fout, log } = await renderInKind(`/${SITE_PAGINA_SOORTEN[collection]}/`, publiek)
      if (status !== 200) throw new Error(`${fout || `status ${status}`}\n${log}`)
      return htmlAntwoord(html, 200)
    } catch (err) {
      req.payload.logger.error({ msg: 'Voorbeeld niet gemaakt', collection, id, err })
      return meldingPagina(
        'Het voorbeeld lukt nu niet',
        ['Het maken van het voorbeeld ging mis. Probeer het later nog eens, of vraag de beheerder om hulp.'],
        500,
      )
    }
  }
  return { path: '/:id/voorbeeld', method: 'get' as const, handler }
}
