/**
 * One demo CMS and one public site built from it (with its PDFs), shared by the test files that only read them
 * (tests/shared-files.ts lists them). tests/global-setup.ts starts them in the background while the other files
 * run; a test file waits for them with sharedSite(). Each file serves the built site with its own web server and
 * reads the CMS over HTTP; none of them changes the CMS or the built files.
 *
 * The shared content is the demo seed plus two changes that must never reach the site (tests/site/build.test.ts
 * checks they do not): an aanbod that is only a draft, and an unpublished (draft) change to a published aanbod.
 * Neither is visible to anonymous readers of the CMS, so the files that read the demo content see just the seed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'
import { api, login, startCmsServer, type CmsServer, type SeededTemplates } from './server'
import { buildFrom } from './site'

/** The text of the shared drafts: it must not appear anywhere in the built site. */
export const SHARED_DRAFT_SECRET = 'GEHEIM-CONCEPT-7f3a'

export interface SharedSite {
  /** The shared demo CMS (read it; never change it). */
  cms: { url: string }
  /** The built site, with its PDFs (read it; never change it). */
  dist: string
  /** How long the build took (ms). */
  buildMs: number
}

type State = ({ ok: true } & SharedSite) | { ok: false; error: string }

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file in which tests/global-setup.ts writes where the shared CMS and site are, once they are ready. */
    sharedSiteState: string
  }
}

/** The drafts of the shared content (see above), made as the redacteur. */
async function addSharedDrafts(cms: CmsServer) {
  const { token } = await login(cms, 'redacteur@demo.local')
  const org = (await api(cms, 'GET', '/api/organisaties?limit=1')).body.docs[0].id
  const kern = (await api(cms, 'GET', '/api/kernen?limit=1')).body.docs[0].id
  const draft = await api(cms, 'POST', '/api/aanbod?draft=true', {
    token,
    body: {
      titel: `${SHARED_DRAFT_SECRET} nieuw`,
      samenvatting: SHARED_DRAFT_SECRET,
      organisatie: org,
      kernen: [kern],
      kosten: { soort: 'gratis' },
      meedoen: { manier: 'vrije-inloop' },
      _status: 'draft',
    },
  })
  if (draft.status !== 201) throw new Error(`Concept-aanbod maken: ${draft.status} ${JSON.stringify(draft.body)}`)
  const published = (await api(cms, 'GET', '/api/aanbod?limit=1')).body.docs[0]
  const change = await api(cms, 'PATCH', `/api/aanbod/${published.id}?draft=true`, {
    token,
    body: { samenvatting: `${SHARED_DRAFT_SECRET} wijziging`, _status: 'draft' },
  })
  if (change.status !== 200) throw new Error(`Conceptwijziging opslaan: ${change.status} ${JSON.stringify(change.body)}`)
}

function writeState(file: string, state: State) {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state))
  fs.renameSync(`${file}.tmp`, file)
}

/**
 * Start the shared CMS and build the site from it, in the background (for tests/global-setup.ts). When done (or
 * failed) the state file says so. close() waits for the work to end, then stops the CMS and removes the build.
 */
export function startSharedSite(templates: SeededTemplates, stateFile: string, log: (line: string) => void = () => undefined) {
  let cms: CmsServer | undefined
  let dist: string | undefined
  const started = Date.now()
  const done = (async () => {
    try {
      cms = await startCmsServer({ demo: true, templates })
      await addSharedDrafts(cms)
      const buildStarted = Date.now()
      dist = await buildFrom(cms, undefined, { pdf: true })
      writeState(stateFile, { ok: true, cms: { url: cms.url }, dist, buildMs: Date.now() - buildStarted })
      log(`Gedeelde demo-CMS en site (met PDF's) klaar na ${((Date.now() - started) / 1000).toFixed(0)} s.`)
    } catch (err) {
      writeState(stateFile, { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) })
    }
  })()
  return {
    done,
    close: async () => {
      await done
      await cms?.close()
      if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
    },
  }
}

/** The shared CMS and site, once tests/global-setup.ts has them ready (it builds them while other files run). */
export async function sharedSite({ timeoutMs = 20 * 60_000 } = {}): Promise<SharedSite> {
  const file = inject('sharedSiteState')
  if (!file) throw new Error('Er is geen gedeelde demo-CMS: tests/global-setup.ts start die alleen als een bestand uit tests/shared-files.ts meedoet.')
  const started = Date.now()
  while (!fs.existsSync(file)) {
    if (Date.now() - started > timeoutMs) throw new Error(`De gedeelde demo-CMS en site waren na ${timeoutMs / 60_000} minuten nog niet klaar.`)
    await new Promise((r) => setTimeout(r, 500))
  }
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as State
  if (!state.ok) throw new Error(`De gedeelde demo-CMS en site zijn niet gelukt (tests/global-setup.ts):\n${state.error}`)
  return { cms: state.cms, dist: state.dist, buildMs: state.buildMs }
}
