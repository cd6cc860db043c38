import { inspect } from '@channelkit/core/devtools'
import { liveKits } from '@channelkit/test-scenarios'
import { alice } from '@channelkit/test-utils'
import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import {
  INSPECTOR_ID,
  type InspectorNode,
  inspectorState,
  inspectorTree,
  registerInspector,
} from '../vue/inspector'

const live = liveKits()

// biome-ignore lint/suspicious/noExplicitAny: the setup gets the api this test plays
type Setup = (api: any) => void

/** The part of Vue Devtools' plugin API the inspector uses, recording what it is asked. */
function pluginApi() {
  const handlers: Record<string, (payload: Record<string, unknown>) => void> = {}
  const sent: string[] = []
  const api = {
    inspectors: [] as unknown[],
    addInspector: (options: unknown) => api.inspectors.push(options),
    on: {
      getInspectorTree: (handler: (p: Record<string, unknown>) => void) => {
        handlers.tree = handler
      },
      getInspectorState: (handler: (p: Record<string, unknown>) => void) => {
        handlers.state = handler
      },
    },
    sendInspectorTree: (id: string) => sent.push(`tree ${id}`),
    sendInspectorState: (id: string) => sent.push(`state ${id}`),
    tree(filter = '') {
      const payload = { inspectorId: INSPECTOR_ID, filter, rootNodes: [] as InspectorNode[] }
      handlers.tree?.(payload)
      return payload.rootNodes
    },
    state(nodeId: string) {
      const payload = {
        inspectorId: INSPECTOR_ID,
        nodeId,
        state: {} as Record<string, { key: string; value: unknown }[]>,
      }
      handlers.state?.(payload)
      return payload.state
    },
    sent,
  }
  return api
}

describe('Vue Devtools inspector', () => {
  it('shows the connection, each channel (status, holders, roster) and the user', async () => {
    const kit = live.kit(alice)
    const inspector = inspect(kit)
    const room = kit.presence('presence-inspected')
    await expect.poll(() => room.presence.getSnapshot().count).toBe(1)
    await expect.poll(() => kit.connection.getSnapshot().state).toBe('connected')
    const tree = inspectorTree(inspector)
    expect(tree.map((node) => node.id)).toEqual(['connection', 'channels', 'user'])
    expect(tree[0]!.tags![0]!.label).toBe('connected')
    expect(tree[1]!.children).toMatchObject([
      { id: 'channel:presence-inspected', tags: [{ label: 'subscribed' }, { label: '1 held' }] },
    ])
    expect(inspectorTree(inspector, 'nothing')[1]!.children).toEqual([])
    const state = inspectorState(inspector, 'channel:presence-inspected')
    expect(state.channel).toContainEqual({ key: 'holders', value: 1 })
    expect(state.presence).toContainEqual({ key: 'me', value: 'alice' })
    expect(inspectorState(inspector, 'connection').connection).toContainEqual({
      key: 'state',
      value: 'connected',
    })
    expect(Object.keys(inspectorState(inspector, 'user'))).toEqual(['user', 'watchlist'])
    room.release()
  })

  it('registers once per app through setupDevtoolsPlugin, and follows the mounted kit', async () => {
    // The installed @vue/devtools-api (8.x) has the entry point it loads…
    const real = await import('@vue/devtools-api')
    expect(typeof real.setupDevtoolsPlugin).toBe('function')
    // …which hands the setup to Vue Devtools once they run: here, the test plays them.
    const plugins: [Record<string, unknown>, Setup][] = []
    const load = async () => ({
      setupDevtoolsPlugin: (descriptor: Record<string, unknown>, setup: Setup) =>
        plugins.push([descriptor, setup]),
    })
    const app = createApp({ render: () => null })
    const kit = live.kit(alice)
    const stop = registerInspector(app, inspect(kit), load)
    registerInspector(app, inspect(kit), load)
    await expect.poll(() => plugins.length).toBe(1)
    const [descriptor, setup] = plugins[0]!
    expect(descriptor).toMatchObject({ label: 'ChannelKit', packageName: '@channelkit/devtools', app })

    const api = pluginApi()
    setup(api)
    expect(api.inspectors).toMatchObject([{ id: INSPECTOR_ID, label: 'ChannelKit' }])
    expect(api.sent).toContain(`tree ${INSPECTOR_ID}`)
    expect(api.tree().map((node) => node.id)).toEqual(['connection', 'channels', 'user'])
    const lease = kit.channel('inspected-later')
    await expect.poll(() => api.tree()[1]!.children!.map((node) => node.label)).toEqual(['inspected-later'])
    expect(api.state('channel:inspected-later').channel).toContainEqual({
      key: 'name',
      value: 'inspected-later',
    })
    stop()
    expect(api.tree()).toEqual([])
    lease.release()
  })

  it('does nothing when @vue/devtools-api is not installed', async () => {
    const app = createApp({ render: () => null })
    const kit = live.kit(alice)
    let loaded = false
    const missing = () => {
      loaded = true
      return Promise.reject(new Error('Cannot find module @vue/devtools-api'))
    }
    expect(() => registerInspector(app, inspect(kit), missing)()).not.toThrow()
    await expect.poll(() => loaded).toBe(true)
  })
})
