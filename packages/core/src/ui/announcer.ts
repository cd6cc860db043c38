/**
 * The text of a toast stack's live region: the newest notification that was not visible before.
 * Dismissals and re-renders keep the text, so nothing is announced twice. Keyed by object identity:
 * a notification pushed again with the same id is a new object and is announced again.
 */
export function createAnnouncer<N extends object>(): (
  visible: readonly N[],
  describe: (n: N) => string,
) => string {
  let seen = new Set<N>()
  let text = ''
  return (visible, describe) => {
    const fresh = visible.filter((n) => !seen.has(n))
    seen = new Set(visible)
    const newest = fresh[fresh.length - 1]
    if (newest) text = describe(newest)
    else if (visible.length === 0) text = ''
    return text
  }
}
