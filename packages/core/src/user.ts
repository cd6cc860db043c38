import type Pusher from 'pusher-js'
import { toConnectionError } from './connection'
import { ChannelKitError } from './errors'
import { INITIAL_USER, INITIAL_WATCHLIST } from './snapshots'
import { createStore } from './store'
import type { ConnectionState, UserSnapshot, WatchlistSnapshot } from './types'

interface UserData {
  id?: unknown
  user_info?: unknown
}

function signinFailed(
  message: string | false,
  details: { status?: number; code?: number } = {},
): ChannelKitError<'signin_failed'> {
  return new ChannelKitError('signin_failed', message, details)
}

/**
 * The user store (sign-in) and the watchlist store, fed by `client.user`. A malformed watchlist event goes
 * to `report` and changes nothing.
 */
export function createUserStores(report: (error: ChannelKitError) => void) {
  const user = createStore<UserSnapshot>(INITIAL_USER)
  const watchlist = createStore<WatchlistSnapshot>(INITIAL_WATCHLIST)

  const fail = (error: ChannelKitError<'signin_failed'>) =>
    user.update((s) => ({ ...s, status: 'error', error }))

  const attach = (client: Pusher) => {
    const facade = client.user
    const connection = client.connection

    const sync = () => {
      const data = facade.user_data as UserData | null
      if (data && typeof data.id === 'string') {
        user.set({ status: 'signed-in', id: data.id, info: data.user_info, error: undefined })
      } else if (facade.signin_requested) {
        fail(
          signinFailed(
            process.env.NODE_ENV !== 'production' &&
              'Sign-in failed: the server accepted it but user_data has no string "id".',
          ),
        )
      }
    }
    // A client the app passed may be signed in (or signing in) already.
    if (facade.user_data) sync()
    else if (facade.signin_requested) user.set({ ...INITIAL_USER, status: 'signing-in' })

    // pusher-js parses signin_success in its own earlier 'message' handler; read its result afterwards.
    const onMessage = (message: { event: string }) => {
      if (message.event === 'pusher:signin_success') sync()
    }
    const onSigninError = (raw: { error?: string; status?: number }) => {
      const status = raw.status === undefined ? '' : ` (HTTP ${raw.status})`
      fail(
        signinFailed(
          process.env.NODE_ENV !== 'production' &&
            `Sign-in failed: the user authentication endpoint answered with an error${status}: ${raw.error ?? 'unknown error'}. Check userAuthentication.endpoint and that the user is logged in, then call signin() again.`,
          { status: raw.status },
        ),
      )
    }
    const onError = (raw: unknown) => {
      if (user.getSnapshot().status !== 'signing-in') return
      const error = toConnectionError(raw)
      if (error.code === 4009) {
        fail(
          signinFailed(
            process.env.NODE_ENV !== 'production' && `Sign-in refused by the server: ${error.message}`,
            { code: error.code },
          ),
        )
      }
    }
    const onStateChange = ({
      previous,
      current,
    }: {
      previous: ConnectionState
      current: ConnectionState
    }) => {
      // pusher-js signs in again by itself after a reconnect.
      if (previous === 'connected' && current !== 'connected' && facade.signin_requested) {
        user.update((s) => (s.status === 'signed-in' ? { ...s, status: 'signing-in' } : s))
      }
    }
    // Ids reported online move to the end of `online` and out of `offline`, and the reverse.
    const moveTo = (to: keyof WatchlistSnapshot) => (data: { user_ids?: unknown } | null | undefined) => {
      const user_ids = data?.user_ids
      if (!Array.isArray(user_ids) || !user_ids.every((id) => typeof id === 'string')) {
        report(
          new ChannelKitError(
            'malformed_event',
            process.env.NODE_ENV !== 'production' &&
              `Ignored a watchlist "${to}" event: user_ids must be an array of strings, got ${JSON.stringify(user_ids) ?? String(user_ids)}.`,
            { event: to, data },
          ),
        )
        return
      }
      const from = to === 'online' ? 'offline' : 'online'
      watchlist.update((s) => ({
        ...s,
        [from]: s[from].filter((id) => !user_ids.includes(id)),
        [to]: [...s[to].filter((id) => !user_ids.includes(id)), ...user_ids],
      }))
    }

    type Listener = (data: never) => void
    interface Dispatcher {
      bind(event: string, fn: Listener): unknown
      unbind(event: string, fn: Listener): unknown
    }
    const listeners: [Dispatcher, string, Listener][] = [
      [connection, 'message', onMessage],
      [connection, 'error', onError],
      [connection, 'state_change', onStateChange],
      [facade, 'pusher:signin_error', onSigninError],
      [facade.watchlist, 'online', moveTo('online')],
      [facade.watchlist, 'offline', moveTo('offline')],
    ]
    for (const [target, event, fn] of listeners) target.bind(event, fn)

    const signin = () => {
      if (user.getSnapshot().status === 'signed-in') return
      // pusher-js ignores signin() once requested; a failed attempt must be allowed to run again.
      if (user.getSnapshot().status === 'error') facade.signin_requested = false
      user.update((s) => ({ ...s, status: 'signing-in', error: undefined }))
      client.signin()
    }

    const detach = () => {
      for (const [target, event, fn] of listeners) target.unbind(event, fn)
    }
    return { signin, detach }
  }

  return { user, watchlist, attach }
}
