// @vitest-environment node
import { createChannelKit } from '@channelkit/core'
import { type LocalServer, startServer } from '@channelkit/server'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { AllHooks } from './AllHooks'

let server: LocalServer
const frames: string[] = []
beforeAll(async () => {
  server = await startServer({ port: 0 })
  server.onFrame((frame) => frames.push(frame.event))
})
afterAll(() => server.close())

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

describe('server rendering (no window)', () => {
  it('renders every hook with initial snapshots and opens no socket (provider-owned kit)', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <ChannelKitProvider appKey={server.app.key} options={server.wsOptions({ user: { id: 'alice' } })}>
        <AllHooks room="ssr" />
      </ChannelKitProvider>,
    )
    expect(text(html)).toBe(
      'kit function connection initialized channel unsubscribed presence unsubscribed 0 trigger function typing 0 toasts 0 user signed-out watchlist 0',
    )
    expect(server.connectionCount()).toBe(0)
    expect(frames).toEqual([])
  })

  it('renders with a kit made for the app (server detected from the environment)', () => {
    const kit = createChannelKit({ key: server.app.key, ...server.wsOptions() })
    const html = renderToString(
      <ChannelKitProvider kit={kit}>
        <AllHooks room="ssr2" />
      </ChannelKitProvider>,
    )
    expect(text(html)).toContain('kit function connection initialized channel unsubscribed')
    expect(kit.getClient()).toBeUndefined()
    expect(server.connectionCount()).toBe(0)
    expect(frames).toEqual([])
  })
})
