import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureCmsBuild } from '../scripts/lib/cms-build'
import { runInBackground } from './helpers/background'
import { mongodbRunSummary } from './helpers/database-uri'
import { seedTemplates } from './helpers/server'
import { startSharedSite } from './helpers/shared-site'
import { testNeeds, type Need } from './needs'

/**
 * Once per run: build the CMS (only when its sources changed), for the HTTP tests that start servers from it. Then,
 * in the background while the first test files (those that need neither) already run, and only when a file of the
 * run needs it (tests/needs.ts):
 * - seed one template database with the demo content and one with only the reference data: each test CMS starts
 *   on its own copy instead of seeding its own (tests/helpers/server.ts waits for them);
 * - start the shared demo CMS and build the site from it, with its PDFs, for the files that only read them
 *   (tests/helpers/shared-site.ts; those files wait for it).
 * tests/sequencer.ts orders the files so that few of them wait.
 */
export default async function setup(project: TestProject) {
  // The test environment of vitest.config.ts, also for the servers and builds started here.
  for (const [key, value] of Object.entries(project.config.env ?? {})) process.env[key] ??= String(value)
  await ensureCmsBuild()
  const needs = await needsOfRun(project)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-tests-'))
  const log = (what: string, since: number) => console.log(`${what} klaar na ${((Date.now() - since) / 1000).toFixed(0)} s.`)
  const started = Date.now()

  const templatesFile = path.join(dir, 'templates.json')
  const templates =
    needs.has('cms-server') || needs.has('shared-site')
      ? runInBackground(templatesFile, async () => {
          const t = await seedTemplates(path.join(dir, 'templates'))
          log('Testdatabases (npm run seed, demo en leeg)', started)
          return t
        })
      : undefined
  project.provide('seededTemplates', templates ? templatesFile : '')

  const sharedFile = path.join(dir, 'shared-site.json')
  let closeShared: (() => Promise<void>) | undefined
  const shared = needs.has('shared-site')
    ? runInBackground(sharedFile, async () => {
        const t = await templates
        if (!t) throw new Error('De testdatabases zijn niet gelukt.')
        const { site, close } = await startSharedSite(t)
        closeShared = close
        log("Gedeelde demo-CMS en site (met PDF's)", started)
        return site
      })
    : undefined
  project.provide('sharedSite', shared ? sharedFile : '')

  return async () => {
    try {
      await templates
      await shared
      await closeShared?.()
      fs.rmSync(dir, { recursive: true, force: true })
    } finally {
      // The last thing the run says: whether the CMS tests ran on MongoDB too (never a silent gap).
      console.log(`\n${mongodbRunSummary()}\n`)
    }
  }
}

/** What the files of this run need (when in doubt: everything). */
async function needsOfRun(project: TestProject): Promise<Set<Need>> {
  try {
    const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern
    const specs = await project.vitest.getRelevantTestSpecifications(filters)
    return new Set(specs.map((s) => testNeeds(project.config.root, s.moduleId)))
  } catch {
    return new Set(['shared-site', 'cms-server'])
  }
}
