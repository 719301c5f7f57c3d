import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { SHARED_SITE_FILES } from './shared-files'

/** About how long tests/global-setup.ts needs for the shared demo CMS and site (with PDFs), on two busy cores. */
const SHARED_SITE_MS = 120_000
/** What a file without a recorded duration is counted as. */
const UNKNOWN_MS = 60_000

/**
 * Vitest's order (failed first, then the longest by the last run, or the largest file), except that the files reading
 * the shared CMS and site (tests/shared-files.ts) start once the files ahead of them have kept every worker busy for
 * about as long as the shared build takes: they would only wait for it, while other files can run meanwhile.
 */
export default class SharedSiteLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rel = (spec: TestSpecification) => path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join('/')
    const isShared = (spec: TestSpecification) => SHARED_SITE_FILES.includes(rel(spec))
    const shared = sorted.filter(isShared)
    const others = sorted.filter((spec) => !isShared(spec))
    const duration = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${rel(spec)}`)?.duration ?? UNKNOWN_MS
    const workers = Number(this.ctx.config.maxWorkers) || 1
    let ahead = 0
    let i = 0
    while (i < others.length && ahead < SHARED_SITE_MS * workers) ahead += duration(others[i++]!)
    return [...others.slice(0, i), ...shared, ...others.slice(i)]
  }
}
