/**
 * When to publish: debounced (a while after the last change, so a burst of edits gives one build) and single-flight
 * (never two at once; changes that come in during a publication are published by exactly one more, afterwards).
 */
export interface Wijziging {
  omschrijving: string
  /** Date.now() of the change. */
  tijd: number
}

export interface PlannerOpties {
  /** How long after the last change to start (the issue: about 30 s). */
  wachtMs: number
  /** Publish these changes (build the site, or call the build hook). Errors are the publisher's to record. */
  publiceer: (wijzigingen: Wijziging[]) => Promise<void>
}

export class Publicatieplanner {
  private wachtend: Wijziging[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private bezig: Promise<void> | null = null

  constructor(private readonly opties: PlannerOpties) {}

  /** A change to published content: publish it after the quiet period. */
  meld(omschrijving: string) {
    this.wachtend.push({ omschrijving, tijd: Date.now() })
    // During a publication the next one is planned when it ends.
    if (!this.bezig) this.plan()
  }

  get toestand(): 'rust' | 'wacht' | 'bezig' {
    return this.bezig ? 'bezig' : this.wachtend.length ? 'wacht' : 'rust'
  }

  /** Resolves once nothing waits and nothing runs (for shutting down and for tests). */
  async stil(): Promise<void> {
    while (this.toestand !== 'rust') {
      await (this.bezig ?? new Promise((r) => setTimeout(r, 50)))
    }
  }

  private plan() {
    clearTimeout(this.timer)
    const laatste = this.wachtend.at(-1)!.tijd
    this.timer = setTimeout(() => this.start(), Math.max(0, laatste + this.opties.wachtMs - Date.now()))
  }

  private start() {
    this.timer = undefined
    const wijzigingen = this.wachtend.splice(0)
    if (!wijzigingen.length) return
    this.bezig = this.opties
      .publiceer(wijzigingen)
      .catch(() => undefined)
      .finally(() => {
        this.bezig = null
        if (this.wachtend.length) this.plan()
      })
  }
}
