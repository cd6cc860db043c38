import type { H3Event } from 'h3'
import Pusher from 'pusher'

let pusher: Pusher | undefined

/** The official `pusher` SDK, configured from runtimeConfig.pusher (NUXT_PUSHER_* at run time). */
export function pusherSdk(): Pusher {
  if (pusher) return pusher
  const { appId, key, secret, cluster, host, port, useTLS } = useRuntimeConfig().pusher
  pusher = new Pusher({
    appId,
    key,
    secret,
    cluster,
    useTLS,
    ...(host && { host, port: String(port) }),
  })
  return pusher
}

/**
 * Who is asking. This example has no login: the browser's `chat-name` cookie names the user. A real app
 * reads its session here instead, and refuses whoever it does not know.
 */
export function chatUser(event: H3Event): ChatUser {
  const name = getCookie(event, USER_COOKIE)?.trim()
  if (!name) throw createError({ statusCode: 403, statusMessage: 'Join the chat first' })
  return userFromName(name)
}
