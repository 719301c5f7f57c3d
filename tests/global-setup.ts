import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureCmsBuild } from '../scripts/lib/cms-build'
import { seedTemplates } from './helpers/server'

/**
 * Once per run, before the test files:
 * - build the CMS (only when its sources changed), for the HTTP tests that start servers from it;
 * - seed one template database with the demo content and one with only the reference data: each test CMS starts
 *   on its own copy instead of seeding its own (tests/helpers/server.ts).
 */
export default async function setup(project: TestProject) {
  // The test environment of vitest.config.ts, also for the seeds run from here.
  for (const [key, value] of Object.entries(project.config.env ?? {})) process.env[key] ??= String(value)
  await ensureCmsBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-tests-'))
  const templates = await seedTemplates(path.join(dir, 'templates'))
  project.provide('seededTemplates', templates)
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
