import type { ChannelKit } from '@channelkit/core'
import type { DevtoolsTrigger } from './types'

export interface Sender {
  /** Where events go, for the panel to say. */
  via: string
  send?: (channel: string, event: string, data: unknown) => Promise<void>
}

/** `http(s)://host:port` of the server the kit's client connects to, when its options name one. */
export function serverUrl(kit: ChannelKit): string | undefined {
  const { wsHost, wsPort, wssPort, forceTLS } = kit.options
  if (!wsHost) return undefined
  const port = forceTLS ? wssPort : wsPort
  const host = wsHost.includes(':') ? `[${wsHost}]` : wsHost
  return `${forceTLS ? 'https' : 'http'}://${host}${port ? `:${port}` : ''}`
}

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown }
    if (typeof body.error === 'string') return `${body.error} (HTTP ${response.status})`
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${response.status} ${response.statusText}`.trim()
}

/**
 * The control endpoint a development server handed the page (`@channelkit/server/vite` does), if any: what
 * the event creator uses when the app names no `trigger`.
 */
export function pageControl(): DevtoolsTrigger | undefined {
  const given = (globalThis as { __CHANNELKIT_CONTROL__?: unknown }).__CHANNELKIT_CONTROL__
  if (typeof given !== 'object' || given === null) return undefined
  const { url, token } = given as Record<string, unknown>
  return typeof token === 'string' && (url === undefined || typeof url === 'string')
    ? { url, token }
    : undefined
}

/** How the event creator sends with `trigger` (see `DevtoolsTrigger`; default: `pageControl()`). */
export function senderFor(kit: ChannelKit, given: DevtoolsTrigger | undefined): Sender {
  const trigger = given ?? pageControl()
  if (typeof trigger === 'function') {
    return {
      via: 'your trigger function',
      send: async (channel, event, data) => {
        await trigger(channel, event, data)
      },
    }
  }
  if (!trigger) {
    return {
      via: 'nowhere: pass `trigger` ({ url, token } of the local server’s control endpoint, or a function)',
    }
  }
  const server = serverUrl(kit)
  const base = (trigger.url ?? (server && `${server}/control`))?.replace(/\/+$/, '')
  if (!base) {
    return { via: 'nowhere: the kit names no server (wsHost); pass `trigger.url`' }
  }
  const url = `${base}/trigger`
  return {
    via: `POST ${url}`,
    async send(channel, event, data) {
      let response: Response
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${trigger.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, event, data }),
        })
      } catch {
        throw new Error(`${url} is not reachable: is the local server running with its control endpoint on?`)
      }
      if (!response.ok) throw new Error(await errorOf(response))
    },
  }
}
