/**
 * The publisher: a change to published content (see hooks.ts) makes the public site follow, in one of two modes:
 * - ingebouwd: this server builds the site itself (`scripts/build-site.ts`: a new folder, switched live atomically;
 *   a failed build keeps the last good site). The default of `npm start`.
 * - hook: a build-hook URL is POSTed, for an external CI/CD pipeline that builds and deploys the site.
 * Off ('uit') everywhere else (scripts, tests), unless configured. Every publication is recorded in 'publicaties'.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { projectRoot } from '../paths'
import type { SiteBuildResult } from './bouwresultaat'
import { Publicatieplanner, type Wijziging } from './planner'

export type PublicatieModus = 'ingebouwd' | 'hook' | 'uit'
const MODI: readonly PublicatieModus[] = ['ingebouwd', 'hook', 'uit']

export interface PublicatieInstellingen {
  modus: PublicatieModus
  /** Quiet period after the last change (PUBLISH_DEBOUNCE_MS, default 30 s). */
  wachtMs: number
  /** ingebouwd: where the CMS is reached by the build (CMS_URL, else CMS_PUBLIC_URL, else localhost:CMS_PORT). */
  cmsUrl: string
  /** ingebouwd: the served folder (SITE_DIST_DIR, default dist/). */
  distDir: string
  /** hook: the URL to POST (PUBLISH_HOOK_URL) and an optional bearer token (PUBLISH_HOOK_TOKEN). */
  hookUrl?: string
  hookToken?: string
}

export function publicatieInstellingen(env: Record<string, string | undefined> = process.env): PublicatieInstellingen {
  const modus = (env.PUBLISH_MODE || (env.PUBLISH_HOOK_URL ? 'hook' : 'uit')) as PublicatieModus
  if (!MODI.includes(modus)) throw new Error(`PUBLISH_MODE '${env.PUBLISH_MODE}' bestaat niet: kies ${MODI.join(', ')}.`)
  if (modus === 'hook' && !env.PUBLISH_HOOK_URL) throw new Error('PUBLISH_MODE=hook heeft PUBLISH_HOOK_URL nodig.')
  const wachtMs = env.PUBLISH_DEBOUNCE_MS ? Number(env.PUBLISH_DEBOUNCE_MS) : 30_000
  if (!Number.isFinite(wachtMs) || wachtMs < 0)
    throw new Error(`PUBLISH_DEBOUNCE_MS '${env.PUBLISH_DEBOUNCE_MS}' is geen aantal milliseconden.`)
  return {
    modus,
    wachtMs,
    cmsUrl: env.CMS_URL || env.CMS_PUBLIC_URL || `http://localhost:${env.CMS_PORT || 3000}`,
    distDir: path.resolve(projectRoot(), env.SITE_DIST_DIR || 'dist'),
    hookUrl: env.PUBLISH_HOOK_URL || undefined,
    hookToken: env.PUBLISH_HOOK_TOKEN || undefined,
  }
}

const MAX_REGELS = 20
const samenvatting = (wijzigingen: Wijziging[]) => {
  const uniek = [...new Set(wijzigingen.map((w) => w.omschrijving))]
  const aanleiding = uniek.length === 1 ? uniek[0]! : `${uniek[0]} en ${uniek.length - 1} andere wijziging${uniek.length === 2 ? '' : 'en'}`
  const lijst = uniek.slice(0, MAX_REGELS).join('\n') + (uniek.length > MAX_REGELS ? `\n… en nog ${uniek.length - MAX_REGELS}` : '')
  return { aanleiding, lijst, aantal: uniek.length }
}

/** The end of a build's output: where build-site.ts prints why it failed. */
const staart = (tekst: string, max = 2000) => {
  const t = tekst.trim()
  return t.length > max ? `…${t.slice(-max)}` : t
}

/**
 * What the site build may see of the CMS's environment: only what it reads (grep process.env in scripts/, site/ and
 * astro.config.mjs) and what any program needs to run (PATH, HOME, temporary folder, time zone, language, Node's own
 * options and certificates). Never the CMS's secrets (PAYLOAD_SECRET, DATABASE_URI, SMTP_*, PUBLISH_HOOK_TOKEN,
 * DEMO_PASSWORD, …) nor the Next server's internals: the build reads the CMS only over its public REST API.
 */
const SITE_BUILD_ENV = [
  // to run
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TZ',
  'LANG',
  'LANGUAGE',
  'NODE_ENV',
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  // read by scripts/build-site.ts, site/lib/cms.ts, scripts/lib/pdf.ts, scripts/lib/chromium.ts, astro.config.mjs
  'CMS_URL',
  'SITE_URL',
  'SITE_DIST_DIR',
  'SITE_PDF',
  'SITE_TIMINGS_FILE',
  'SITE_BUILD_HEAP_MB',
  'PDF_PARALLEL',
  'CHROMIUM_PATH',
] as const

export function siteBuildEnv(
  inst: Pick<PublicatieInstellingen, 'cmsUrl' | 'distDir'>,
  env: Record<string, string | undefined> = process.env,
): NodeJS.ProcessEnv {
  const out = {} as NodeJS.ProcessEnv
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined && ((SITE_BUILD_ENV as readonly string[]).includes(k) || /^LC_[A-Z]+$/.test(k))) out[k] = v
  }
  out.CMS_URL = inst.cmsUrl
  out.SITE_DIST_DIR = inst.distDir
  return out
}

/** The result the build wrote (SITE_RESULT_FILE), or null when it wrote none (it crashed or was stopped). */
function leesBouwresultaat(file: string): SiteBuildResult | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SiteBuildResult
  } catch {
    return null
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/** ingebouwd: run `npm run build`'s script as a child process against this CMS, with siteBuildEnv. */
export function bouwSite(inst: PublicatieInstellingen): Promise<void> {
  const root = projectRoot()
  const resultFile = path.join(os.tmpdir(), `site-build-${process.pid}-${Date.now()}.json`)
  const env = { ...siteBuildEnv(inst), SITE_RESULT_FILE: resultFile }
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'build-site.ts')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let uitvoer = ''
    const bewaar = (d: Buffer) => {
      uitvoer = (uitvoer + d.toString()).slice(-20_000)
    }
    child.stdout.on('data', bewaar)
    child.stderr.on('data', bewaar)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const result = leesBouwresultaat(resultFile)
      if (code === 0) return resolve()
      // The build's result says why (its last line, and our own Dutch reasons, e.g. which document and field is
      // invalid); the end of its log before that line has the details.
      const tekst = uitvoer.replace(/\x1b\[[0-9;]*m/g, '')
      const melding = result?.melding ?? `Het bouwen stopte met ${signal ?? `code ${code}`}.`
      const details = tekst.slice(0, tekst.lastIndexOf(melding) >= 0 ? tekst.lastIndexOf(melding) : undefined)
      reject(new Error([melding, ...(result?.redenen ?? []).slice(0, 3), '', staart(details, 1200)].join('\n')))
    })
  })
}

/** hook: POST what changed to the build hook; a 2xx answer is success. */
async function roepHookAan(inst: PublicatieInstellingen, aanleiding: string, wijzigingen: Wijziging[]) {
  const res = await fetch(inst.hookUrl!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(inst.hookToken ? { authorization: `Bearer ${inst.hookToken}` } : {}) },
    body: JSON.stringify({
      bron: 'sociale-kaart-twenterand',
      aanleiding,
      wijzigingen: wijzigingen.map((w) => ({ omschrijving: w.omschrijving, tijd: new Date(w.tijd).toISOString() })),
    }),
    signal: AbortSignal.timeout(30_000),
  })
  if (!res.ok) throw new Error(`De build-hook antwoordde ${res.status} ${res.statusText}: ${staart(await res.text().catch(() => ''), 500)}`)
}

export class Publisher {
  readonly planner: Publicatieplanner
  constructor(
    private readonly payload: Payload,
    readonly instellingen: PublicatieInstellingen,
  ) {
    this.planner = new Publicatieplanner({ wachtMs: instellingen.wachtMs, publiceer: (w) => this.publiceer(w) })
  }

  private async publiceer(wijzigingen: Wijziging[]) {
    const { aanleiding, lijst, aantal } = samenvatting(wijzigingen)
    const start = new Date()
    const record = await this.payload.create({
      collection: 'publicaties',
      overrideAccess: true,
      data: {
        status: 'bezig',
        modus: this.instellingen.modus as 'ingebouwd' | 'hook',
        aanleiding,
        wijzigingen: lijst,
        aantalWijzigingen: aantal,
        gestartOp: start.toISOString(),
      },
    })
    let fout: string | null = null
    try {
      if (this.instellingen.modus === 'hook') await roepHookAan(this.instellingen, aanleiding, wijzigingen)
      else await bouwSite(this.instellingen)
    } catch (err) {
      fout = err instanceof Error ? err.message : String(err)
    }
    const klaar = new Date()
    const duurSeconden = Math.round((klaar.getTime() - start.getTime()) / 100) / 10
    await this.payload.update({
      collection: 'publicaties',
      id: record.id,
      overrideAccess: true,
      data: { status: fout ? 'mislukt' : 'gelukt', klaarOp: klaar.toISOString(), duurSeconden, fout },
    })
    if (fout) this.payload.logger.error(`Publicatie mislukt (${aanleiding}): ${fout}`)
    else this.payload.logger.info(`Publicatie gelukt in ${duurSeconden} s: ${aanleiding}`)
  }
}

/** One publisher per server process (Next may load this module in more than one bundle). */
const KEY = Symbol.for('sociale-kaart.publisher')
type Holder = { [KEY]?: Publisher | null }

/** Only the CMS server publishes; scripts (seed, import, backup) and tests using the Local API never do. */
const inServer = () => Boolean(process.env.NEXT_RUNTIME)

export function publisherFor(payload: Payload): Publisher | null {
  const g = globalThis as Holder
  if (g[KEY] === undefined) {
    const inst = publicatieInstellingen()
    g[KEY] = inst.modus === 'uit' || !inServer() ? null : new Publisher(payload, inst)
  }
  return g[KEY]!
}

/**
 * A new day: the site is published again, also when nothing changed in the CMS. What the site shows depends on the
 * day it was built (the agenda starts at today, an activiteit's next date, an activiteit that is over leaves the
 * search, the agenda on paper covers the coming weeks); without this, a quiet week would leave last week's days on
 * the site. Returns whether this process publishes (not with PUBLISH_MODE=uit, and not outside the CMS server).
 */
export function publiceerNieuweDag(payload: Payload): boolean {
  const publisher = publisherFor(payload)
  publisher?.planner.meld('Nieuwe dag: de agenda begint weer bij vandaag')
  return publisher !== null
}

/** At start: a publication still 'bezig' was cut off by a stop of the server; say so instead of leaving it running. */
export async function markeerOnderbroken(payload: Payload) {
  if (publicatieInstellingen().modus === 'uit' || !inServer()) return
  await payload.update({
    collection: 'publicaties',
    where: { status: { equals: 'bezig' } },
    overrideAccess: true,
    data: { status: 'mislukt', fout: 'Onderbroken: de server stopte tijdens het publiceren. De vorige versie van de site bleef staan.' },
  })
}
