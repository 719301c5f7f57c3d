/**
 * One demo CMS and one public site built from it (with its PDFs), shared by the test files that only read them
 * (tests/needs.ts lists them). tests/global-setup.ts starts them in the background while the other files
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
import { waitForBackground } from './background'
import { buildFrom, testBuildDir } from './site'

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

declare module 'vitest' {
  export interface ProvidedContext {
    /** The state file of the shared CMS and site ('' when this run has no file that reads them). */
    sharedSite: string
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

/**
 * Start the shared CMS, add the shared drafts and build the site from it, with its PDFs (for tests/global-setup.ts,
 * which runs this in the background). close() stops the CMS and removes the build.
 */
export async function startSharedSite(templates: SeededTemplates): Promise<{ site: SharedSite; close: () => Promise<void> }> {
  const cms = await startCmsServer({ demo: true, templates })
  let dist: string | undefined
  const close = async () => {
    await cms.close()
    if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true })
  }
  try {
    await addSharedDrafts(cms)
    const started = Date.now()
    dist = testBuildDir()
    await buildFrom(cms, dist, { pdf: true })
    return { site: { cms: { url: cms.url }, dist, buildMs: Date.now() - started }, close }
  } catch (err) {
    await close()
    throw err
  }
}

/** The shared CMS and site, once tests/global-setup.ts has them ready (it builds them while other files run). */
export async function sharedSite(): Promise<SharedSite> {
  const file = inject('sharedSite')
  if (!file)
    throw new Error('Er is geen gedeelde demo-CMS: tests/global-setup.ts start die alleen als een bestand uit tests/needs.ts meedoet.')
  return waitForBackground<SharedSite>(file, 'De gedeelde demo-CMS en site')
}
