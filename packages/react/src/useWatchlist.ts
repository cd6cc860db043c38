import { type WatchlistSnapshot, watchlistStore } from '@channelkit/core'
import { useKit } from './context'
import { useStore } from './useStore'

/** Online and offline user ids of the signed-in user's watchlist. */
export function useWatchlist(): WatchlistSnapshot {
  return useStore(watchlistStore(useKit('useWatchlist')))
}
