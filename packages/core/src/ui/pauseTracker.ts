export type PauseChange = 'pause' | 'resume' | null

/**
 * Toasts pause while the pointer is over them or focus is inside them, and resume only when both
 * are gone. `set` says which way the timers must go, if at all.
 */
export function createPauseTracker(): { set(reason: 'hover' | 'focus', active: boolean): PauseChange } {
  const active = { hover: false, focus: false }
  return {
    set(reason, value) {
      const before = active.hover || active.focus
      active[reason] = value
      const after = active.hover || active.focus
      if (before === after) return null
      return after ? 'pause' : 'resume'
    },
  }
}
