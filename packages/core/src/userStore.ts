import type Pusher from 'pusher-js'
import { internalsOf, type KitInternals } from './internals'
import { INITIAL_USER, INITIAL_WATCHLIST } from './snapshots'
import type { ChannelKit, EventHandler, HydratableStore, UserSnapshot, WatchlistSnapshot } from './types'
import { createUserStores } from './user'

interface UserFeatures {
  user: HydratableStore<UserSnapshot>
  watchlist: HydratableStore<WatchlistSnapshot>
  signin(): void
}

// Per kit, made on first use: apps without sign-in do not ship it. It attaches to the client as soon as
// the client exists, and `signin()` makes it first, so no watchlist event can come before it listens.
const features = new WeakMap<KitInternals, UserFeatures>()

function userFeatures(kit: ChannelKit): UserFeatures {
  const inner = internalsOf(kit)
  const found = features.get(inner)
  if (found) return found
  const stores = createUserStores(inner.report)
  let signin = () => {}
  inner.onClient((client: Pusher) => {
    const attached = stores.attach(client)
    signin = attached.signin
    return attached.detach
  })
  const made: UserFeatures = {
    user: inner.connecting(stores.user, INITIAL_USER),
    watchlist: inner.connecting(stores.watchlist, INITIAL_WATCHLIST),
    signin: () => signin(),
  }
  features.set(inner, made)
  return made
}

/** The signed-in user (`{ status, id, info, error }`); its first subscriber connects the kit. */
export const userStore = (kit: ChannelKit): HydratableStore<UserSnapshot> => userFeatures(kit).user

/** Online and offline user ids of the signed-in user's watchlist (`{ online, offline }`). */
export const watchlistStore = (kit: ChannelKit): HydratableStore<WatchlistSnapshot> =>
  userFeatures(kit).watchlist

/** Signs the user in through the app's user-authentication endpoint (pusher-js `signin()`). */
export function signin(kit: ChannelKit): void {
  const { signin } = userFeatures(kit)
  if (internalsOf(kit).client()) signin()
  else internalsOf(kit).tellServer()
}

/** Binds `handler` to `event` sent to the signed-in user (`#server-to-user-…`); returns the unbind. */
export function bindUser(kit: ChannelKit, event: string, handler: EventHandler): () => void {
  const client = internalsOf(kit).client()
  if (!client) {
    internalsOf(kit).tellServer()
    return () => {}
  }
  client.user.bind(event, handler)
  return () => {
    client.user.unbind(event, handler)
  }
}
