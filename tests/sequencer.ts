import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { testNeeds, type Need } from './needs'

/**
 * When what tests/global-setup.ts starts in the background is about ready, counted from the start of the run, on
 * two busy cores: the seeded template databases (for every file with a CMS of its own), and the shared CMS and site.
 */
const READY_MS: Record<Need, number> = { none: 0, 'cms-server': 45_000, 'shared-site': 100_000 }
/** What a file without a recorded duration is counted as. */
const UNKNOWN_MS = 30_000

/**
 * Vitest's own order (failed first, then the longest by the last run, or else the largest file), adjusted so that
 * files do not sit waiting for what the global setup prepares in the background: the order in which the workers
 * would take them if each took, when free, the first file in that order whose needs are ready by then (tests/needs.ts).
 * SKT_TEST_ORDER=1 prints the order.
 */
export default class BackgroundAwareSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const queue = await super.sort(files)
    const root = this.ctx.config.root
    const ready = new Map(queue.map((spec) => [spec, READY_MS[testNeeds(root, spec.moduleId)]]))
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${path.relative(root, spec.moduleId)}`)?.duration ?? UNKNOWN_MS
    const free = Array.from({ length: Math.max(1, Number(this.ctx.config.maxWorkers) || 1) }, () => 0)
    const order: TestSpecification[] = []
    while (queue.length) {
      const worker = free.indexOf(Math.min(...free))
      const now = free[worker]!
      // The first file that can start now; if none can, the one that can start soonest.
      let i = queue.findIndex((spec) => ready.get(spec)! <= now)
      if (i < 0) i = queue.reduce((best, spec, j) => (ready.get(spec)! < ready.get(queue[best]!)! ? j : best), 0)
      const [spec] = queue.splice(i, 1)
      free[worker] = Math.max(now, ready.get(spec!)!) + duration(spec!)
      order.push(spec!)
    }
    if (process.env.SKT_TEST_ORDER) console.log(order.map((s) => path.relative(root, s.moduleId)).join('\n'))
    return order
  }
}
