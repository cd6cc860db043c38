import { type WatchlistSnapshot, watchlistStore } from '@channelkit/core'
import type { ShallowRef } from 'vue'
import { injectKit } from './usePusher'
import { useStore } from './useStore'

/** Online and offline user ids of the signed-in user's watchlist (`{ online, offline }`). */
export function useWatchlist(): Readonly<ShallowRef<WatchlistSnapshot>> {
  return useStore(watchlistStore(injectKit('useWatchlist')))
}
