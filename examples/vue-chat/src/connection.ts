import type { ChannelKitOptions } from '@channelkit/core'
import { clientOptions } from '@channelkit/server/client'

export interface ChatUser {
  id: string
  name: string
}

/** The local server: `?server=host:port`, else VITE_CHANNELKIT_SERVER, else 127.0.0.1:6001. */
function serverAddress(): { host: string; port: number } {
  const value =
    new URLSearchParams(location.search).get('server') ??
    import.meta.env.VITE_CHANNELKIT_SERVER ??
    '127.0.0.1:6001'
  const [host = '127.0.0.1', port = '6001'] = value.split(':')
  return { host, port: Number(port) }
}

export const APP_KEY = import.meta.env.VITE_CHANNELKIT_KEY ?? 'channelkit-key'

/**
 * pusher-js options for the local server. Its development auth endpoint signs presence subscriptions for
 * the user named in the params; a real app's endpoint would use its session instead.
 */
export function kitOptions(user: ChatUser): Omit<ChannelKitOptions, 'key'> {
  const { host, port } = serverAddress()
  return clientOptions({
    url: `http://${host}:${port}`,
    appKey: APP_KEY,
    user: { id: user.id, info: { name: user.name } },
  })
}

/** Who we are: `?name=` (tests, bookmarks) or the join form. */
export function userFromName(name: string): ChatUser {
  const id = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return { id: id || 'guest', name: name.trim() }
}

export const ROOM = 'presence-chat'

export interface Message {
  id: string
  userId: string
  name: string
  text: string
  at: number
}
