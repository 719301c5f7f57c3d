import type { Payload } from 'payload'
import { localDate } from '../../content-schema'
import { seedReference } from './reference'
import { seedDemo } from './demo'
import { seedDemoAanmeldingen } from './demo-aanmeldingen'
import { seedDemoMeldingen } from './demo-meldingen'
import { emptyReport, type SeedReport } from './util'

export interface SeedOptions {
  /** Also create the demo content and demo accounts (only in demo mode). */
  demo: boolean
  /** Password of the demo accounts (required when demo is true). */
  demoPassword?: string
  /** The seed date (YYYY-MM-DD, Europe/Amsterdam); activiteiten are placed in the weeks after it. */
  today?: string
}

/**
 * Idempotent: creates what is missing and never changes what exists (looked up by slug or e-mail),
 * so it is safe on every start. Each collection's creates run in their own transaction.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const report = emptyReport()
  await seedReference(payload, report)
  if (options.demo) {
    if (!options.demoPassword) throw new Error('seed: demoPassword is nodig voor de demo-accounts.')
    await seedDemo(payload, report, { today: options.today ?? localDate(new Date()), password: options.demoPassword })
    await seedDemoMeldingen(payload, report)
    await seedDemoAanmeldingen(payload, report)
  }
  return report
}

/** True when the database holds no content yet (a fresh install). */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const [kernen, aanbod] = await Promise.all([
    payload.count({ collection: 'kernen', overrideAccess: true }),
    payload.count({ collection: 'aanbod', overrideAccess: true }),
  ])
  return kernen.totalDocs === 0 && aanbod.totalDocs === 0
}
