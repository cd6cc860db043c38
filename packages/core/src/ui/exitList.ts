/** An item as rendered: `leaving` while its exit animation plays. */
export interface ExitEntry<T> {
  item: T
  leaving: boolean
}

export interface ExitList<T> {
  /** What to render for `visible`: the visible items, and the ones that just left kept in their place. */
  update(visible: readonly T[]): readonly ExitEntry<T>[]
  /** The exit of `id` is over: drops it from the next update. Whether it was leaving. */
  finish(id: string): boolean
}

/**
 * Keeps items that left a list rendered until their exit animation ends, so a dismissed toast can fade out.
 * `update` is idempotent for the same input (safe in React's render); the renderer calls `finish` when the
 * animation is over (see `afterExit`).
 */
export function createExitList<T extends { id: string }>(): ExitList<T> {
  let rendered: ExitEntry<T>[] = []
  const finished = new Set<string>()
  return {
    update(visible) {
      const ids = new Set(visible.map((item) => item.id))
      const next: ExitEntry<T>[] = []
      const placed = new Set<string>()
      let at = 0
      for (const entry of rendered) {
        const id = entry.item.id
        if (ids.has(id)) {
          // Visible items in their own order, up to this one.
          while (!placed.has(id) && at < visible.length) {
            const item = visible[at++]!
            if (placed.has(item.id)) continue
            placed.add(item.id)
            next.push({ item, leaving: false })
          }
        } else if (!finished.has(id)) next.push({ item: entry.item, leaving: true })
      }
      for (; at < visible.length; at++) {
        const item = visible[at]!
        if (!placed.has(item.id)) next.push({ item, leaving: false })
      }
      finished.clear()
      rendered = next
      return next
    },
    finish(id) {
      const leaving = rendered.some((entry) => entry.leaving && entry.item.id === id)
      if (leaving) finished.add(id)
      return leaving
    },
  }
}

/**
 * Calls `done` when the exit animations of `element` are over (finished or cancelled), at once when it
 * has none: reduced motion, no stylesheet, or a DOM without animations.
 */
export function afterExit(element: Element, done: () => void): void {
  const animations = typeof element.getAnimations === 'function' ? element.getAnimations() : []
  if (animations.length === 0) done()
  else void Promise.allSettled(animations.map((animation) => animation.finished)).then(done)
}
