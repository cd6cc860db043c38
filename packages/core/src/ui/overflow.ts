import { ChannelKitError } from '../errors'

/** The first `max` items are shown, the rest go behind a "+N" button. No `max`: everything is shown. */
export function splitOverflow<T>(
  items: readonly T[],
  max: number | undefined,
): { shown: readonly T[]; hidden: readonly T[] } {
  if (max === undefined) return { shown: items, hidden: [] }
  if (!Number.isInteger(max) || max < 1) {
    throw new ChannelKitError(
      'invalid_options',
      process.env.NODE_ENV !== 'production' &&
        `max must be a whole number ≥ 1 (how many people to show before "+N"); got ${String(max)}. Leave it out to show everyone.`,
      { option: 'max', value: max },
    )
  }
  if (items.length <= max) return { shown: items, hidden: [] }
  return { shown: items.slice(0, max), hidden: items.slice(max) }
}
