import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureCmsBuild } from '../scripts/lib/cms-build'
import { seedTemplates } from './helpers/server'
import { startSharedSite } from './helpers/shared-site'
import { SHARED_SITE_FILES } from './shared-files'

/**
 * Once per run, before the test files:
 * - build the CMS (only when its sources changed), for the HTTP tests that start servers from it;
 * - seed one template database with the demo content and one with only the reference data: each test CMS starts
 *   on its own copy instead of seeding its own (tests/helpers/server.ts);
 * - when a file of tests/shared-files.ts runs: start the shared demo CMS and build the site from it, with its PDFs,
 *   in the background while the other files run (tests/helpers/shared-site.ts).
 */
export default async function setup(project: TestProject) {
  // The test environment of vitest.config.ts, also for the servers and builds started here.
  for (const [key, value] of Object.entries(project.config.env ?? {})) process.env[key] ??= String(value)
  await ensureCmsBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-tests-'))
  const templates = await seedTemplates(path.join(dir, 'templates'))
  project.provide('seededTemplates', templates)
  const stateFile = path.join(dir, 'shared-site.json')
  project.provide('sharedSiteState', (await runsSharedSiteFiles(project)) ? stateFile : '')
  const shared = project.getProvidedContext().sharedSiteState ? startSharedSite(templates, stateFile, (l) => console.log(l)) : undefined
  return async () => {
    await shared?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Whether this run includes a file that reads the shared CMS and site (when in doubt: yes). */
async function runsSharedSiteFiles(project: TestProject): Promise<boolean> {
  try {
    const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern
    const specs = await project.vitest.getRelevantTestSpecifications(filters)
    return specs.some((s) => SHARED_SITE_FILES.includes(path.relative(project.config.root, s.moduleId).split(path.sep).join('/')))
  } catch {
    return true
  }
}
