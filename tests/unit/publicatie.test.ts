/**
 * When the site is published (cms/publishing/planner.ts): a burst of changes gives one publication after the quiet
 * period; never two at once; changes during a publication give exactly one more. And the configuration
 * (PUBLISH_MODE, PUBLISH_HOOK_URL, PUBLISH_DEBOUNCE_MS) with Dutch messages for wrong values.
 * Fake timers (vitest's clock, Date.now included): the test moves time itself, so a busy machine cannot make a
 * quiet period end early or late, and nothing sleeps.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Publicatieplanner, type Wijziging } from '../../cms/publishing/planner'
import { publicatieInstellingen } from '../../cms/publishing'

/** Let `ms` of (fake) time pass, running the timers and promises due in it. */
const verstrijk = (ms: number) => vi.advanceTimersByTimeAsync(ms)

/** A planner whose publications are recorded and finish only when the test says so. */
function planner(wachtMs: number) {
  const runs: { wijzigingen: string[]; klaar: () => void; gestart: number; geeindigd?: number }[] = []
  let tegelijk = 0
  let maxTegelijk = 0
  const p = new Publicatieplanner({
    wachtMs,
    publiceer: (w: Wijziging[]) =>
      new Promise<void>((resolve) => {
        tegelijk++
        maxTegelijk = Math.max(maxTegelijk, tegelijk)
        const run: (typeof runs)[number] = {
          wijzigingen: w.map((x) => x.omschrijving),
          gestart: Date.now(),
          klaar: () => {
            tegelijk--
            run.geeindigd = Date.now()
            resolve()
          },
        }
        runs.push(run)
      }),
  })
  return { p, runs, maxTegelijk: () => maxTegelijk }
}

describe('Publicatieplanner', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('publishes a burst of changes once, after the quiet period, with all of them', async () => {
    const { p, runs } = planner(150)
    const begin = Date.now()
    p.meld('a')
    await verstrijk(50)
    p.meld('b')
    await verstrijk(50)
    p.meld('c')
    expect(p.toestand).toBe('wacht')
    // Each change restarts the quiet period: nothing has started 1 ms before it ends after the last change ('c').
    await verstrijk(149)
    expect(runs).toHaveLength(0)
    await verstrijk(1)
    expect(runs).toHaveLength(1)
    expect(runs[0]!.gestart - begin).toBe(100 + 150)
    expect(runs[0]!.wijzigingen).toEqual(['a', 'b', 'c'])
    expect(p.toestand).toBe('bezig')
    runs[0]!.klaar()
    await p.stil()
    // Long after: still that one publication.
    await verstrijk(10 * 150)
    expect(runs).toHaveLength(1)
    expect(p.toestand).toBe('rust')
  })

  it('never publishes twice at once; changes during a publication give exactly one more, afterwards', async () => {
    const { p, runs, maxTegelijk } = planner(80)
    p.meld('eerste')
    await verstrijk(80)
    expect(runs).toHaveLength(1)
    // Three changes while the first publication runs.
    p.meld('tijdens 1')
    p.meld('tijdens 2')
    await verstrijk(200)
    p.meld('tijdens 3')
    await verstrijk(200)
    expect(runs).toHaveLength(1)
    expect(p.toestand).toBe('bezig')
    runs[0]!.klaar()
    // The last change was longer ago than the quiet period: the next one starts as soon as the first has ended.
    await verstrijk(0)
    expect(runs).toHaveLength(2)
    expect(runs[1]!.wijzigingen).toEqual(['tijdens 1', 'tijdens 2', 'tijdens 3'])
    expect(runs[1]!.gestart).toBeGreaterThanOrEqual(runs[0]!.geeindigd!)
    runs[1]!.klaar()
    await p.stil()
    await verstrijk(10 * 80)
    expect(runs).toHaveLength(2)
    expect(maxTegelijk()).toBe(1)
  })

  it('a change during a publication, shortly before it ends, still gets its full quiet period', async () => {
    const { p, runs } = planner(100)
    p.meld('eerste')
    await verstrijk(100)
    await verstrijk(500)
    p.meld('tijdens')
    await verstrijk(30)
    runs[0]!.klaar()
    // 30 ms of the quiet period had passed when the first ended: the next starts 70 ms later, not before.
    await verstrijk(69)
    expect(runs).toHaveLength(1)
    await verstrijk(1)
    expect(runs).toHaveLength(2)
    runs[1]!.klaar()
    await p.stil()
  })

  it('goes on after a failed publication', async () => {
    let n = 0
    const p = new Publicatieplanner({
      wachtMs: 20,
      publiceer: async () => {
        n++
        if (n === 1) throw new Error('mislukt')
      },
    })
    p.meld('a')
    await verstrijk(20)
    expect(n).toBe(1)
    await p.stil()
    p.meld('b')
    await verstrijk(20)
    expect(n).toBe(2)
    await p.stil()
    expect(p.toestand).toBe('rust')
  })
})

describe('publicatieInstellingen', () => {
  it('is off by default (scripts, tests), a hook with PUBLISH_HOOK_URL, and waits 30 s', () => {
    expect(publicatieInstellingen({}).modus).toBe('uit')
    expect(publicatieInstellingen({}).wachtMs).toBe(30_000)
    const hook = publicatieInstellingen({ PUBLISH_HOOK_URL: 'https://ci.example/hook', PUBLISH_HOOK_TOKEN: 'geheim' })
    expect(hook).toMatchObject({ modus: 'hook', hookUrl: 'https://ci.example/hook', hookToken: 'geheim' })
    const eigen = publicatieInstellingen({ PUBLISH_MODE: 'ingebouwd', CMS_PORT: '3100', PUBLISH_DEBOUNCE_MS: '5000' })
    expect(eigen).toMatchObject({ modus: 'ingebouwd', cmsUrl: 'http://localhost:3100', wachtMs: 5000 })
    expect(eigen.distDir.endsWith('/dist')).toBe(true)
    expect(publicatieInstellingen({ PUBLISH_MODE: 'ingebouwd', CMS_URL: 'http://cms:3000', SITE_DIST_DIR: '/srv/site' })).toMatchObject({
      cmsUrl: 'http://cms:3000',
      distDir: '/srv/site',
    })
  })

  it('says in Dutch what is wrong with a setting', () => {
    expect(() => publicatieInstellingen({ PUBLISH_MODE: 'altijd' })).toThrow(
      /PUBLISH_MODE 'altijd' bestaat niet: kies ingebouwd, hook, uit/,
    )
    expect(() => publicatieInstellingen({ PUBLISH_MODE: 'hook' })).toThrow(/PUBLISH_HOOK_URL/)
    expect(() => publicatieInstellingen({ PUBLISH_DEBOUNCE_MS: 'dertig' })).toThrow(
      /PUBLISH_DEBOUNCE_MS 'dertig' is geen aantal milliseconden/,
    )
  })
})
