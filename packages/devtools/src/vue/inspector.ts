import type { ChannelInfo, KitInspector } from '@channelkit/core/devtools'
import type { App } from 'vue'

export const INSPECTOR_ID = 'channelkit'

export interface InspectorTag {
  label: string
  textColor: number
  backgroundColor: number
}
export interface InspectorNode {
  id: string
  label: string
  tags?: InspectorTag[]
  children?: InspectorNode[]
}
export interface InspectorField {
  key: string
  value: unknown
}
export type InspectorState = Record<string, InspectorField[]>

/** What this file uses of @vue/devtools-api's plugin API (v6, v7 and v8 share it). */
interface PluginApi {
  addInspector(options: { id: string; label: string; icon?: string; treeFilterPlaceholder?: string }): void
  on: {
    getInspectorTree(
      handler: (payload: { inspectorId: string; filter: string; rootNodes: InspectorNode[] }) => void,
    ): void
    getInspectorState(
      handler: (payload: { inspectorId: string; nodeId: string; state: InspectorState }) => void,
    ): void
  }
  sendInspectorTree(id: string): void
  sendInspectorState(id: string): void
}
type SetupPlugin = (descriptor: Record<string, unknown>, setup: (api: PluginApi) => void) => void

const COLOR: Record<string, number> = {
  connected: 0x16803c,
  subscribed: 0x16803c,
  'signed-in': 0x16803c,
  connecting: 0xa16207,
  subscribing: 0xa16207,
  'signing-in': 0xa16207,
  unavailable: 0xc2410c,
  failed: 0xdc2626,
  error: 0xdc2626,
}
const tag = (label: string): InspectorTag => ({
  label,
  textColor: 0xffffff,
  backgroundColor: COLOR[label] ?? 0x71717a,
})
const fields = (record: Record<string, unknown>): InspectorField[] =>
  Object.entries(record).map(([key, value]) => ({ key, value }))

function channelNode(info: ChannelInfo): InspectorNode {
  return {
    id: `channel:${info.name}`,
    label: info.name,
    tags: [tag(info.snapshot.status), { ...tag(`${info.holders} held`), backgroundColor: 0x4f46e5 }],
  }
}

/** The tree Vue Devtools shows: the connection, each channel (filtered by name), the user. */
export function inspectorTree(inspector: KitInspector, filter = ''): InspectorNode[] {
  const channels = inspector.channels
    .getSnapshot()
    .filter((info) => info.name.toLowerCase().includes(filter.toLowerCase()))
  return [
    { id: 'connection', label: 'Connection', tags: [tag(inspector.connection.getSnapshot().state)] },
    { id: 'channels', label: `Channels (${channels.length})`, children: channels.map(channelNode) },
    { id: 'user', label: 'User', tags: [tag(inspector.user.getSnapshot().status)] },
  ]
}

/** The state of the node `nodeId` of the tree, in sections. */
export function inspectorState(inspector: KitInspector, nodeId: string): InspectorState {
  if (nodeId === 'connection') return { connection: fields({ ...inspector.connection.getSnapshot() }) }
  if (nodeId === 'user') {
    return {
      user: fields({ ...inspector.user.getSnapshot() }),
      watchlist: fields({ ...inspector.watchlist.getSnapshot() }),
    }
  }
  const name = nodeId.startsWith('channel:') ? nodeId.slice('channel:'.length) : undefined
  const info = inspector.channels.getSnapshot().find((c) => c.name === name)
  if (!info) {
    return { channels: fields({ count: inspector.channels.getSnapshot().length }) }
  }
  const state: InspectorState = { channel: fields({ ...info.snapshot, holders: info.holders }) }
  if (info.presence) {
    const { count, me, members, stale } = info.presence
    state.presence = fields({ count, me: me?.id, stale, members: members.map((m) => ({ ...m })) })
  }
  return state
}

interface Registration {
  current: KitInspector | undefined
  api: PluginApi | undefined
  unwatch: (() => void) | undefined
}

const registrations = new WeakMap<App, Registration>()

function watch(registration: Registration): void {
  registration.unwatch?.()
  registration.unwatch = undefined
  const { current, api } = registration
  if (!current || !api) return
  const refresh = () => {
    api.sendInspectorTree(INSPECTOR_ID)
    api.sendInspectorState(INSPECTOR_ID)
  }
  const stops = [current.channels, current.connection, current.user, current.watchlist].map((store) =>
    store.subscribe(refresh),
  )
  registration.unwatch = () => {
    for (const stop of stops) stop()
  }
  refresh()
}

/**
 * Adds a "ChannelKit" inspector to Vue Devtools for `app`, showing `inspector`'s kit, when
 * @vue/devtools-api is installed (an optional peer: without it nothing happens). Once per app; the last
 * mounted panel's kit is shown. Returns the unregistration of this panel.
 */
export function registerInspector(
  app: App,
  inspector: KitInspector,
  load: () => Promise<{ setupDevtoolsPlugin: SetupPlugin }> = () =>
    import('@vue/devtools-api') as unknown as Promise<{ setupDevtoolsPlugin: SetupPlugin }>,
): () => void {
  let registration = registrations.get(app)
  if (!registration) {
    const made: Registration = { current: inspector, api: undefined, unwatch: undefined }
    registration = made
    registrations.set(app, made)
    load()
      .then(({ setupDevtoolsPlugin }) =>
        setupDevtoolsPlugin(
          {
            id: 'dev.channelkit.devtools',
            label: 'ChannelKit',
            packageName: '@channelkit/devtools',
            homepage: 'https://github.com/channelkit/channelkit/tree/main/packages/devtools',
            app,
          },
          (api) => {
            api.addInspector({
              id: INSPECTOR_ID,
              label: 'ChannelKit',
              icon: 'cell_tower',
              treeFilterPlaceholder: 'Filter channels',
            })
            api.on.getInspectorTree((payload) => {
              if (payload.inspectorId === INSPECTOR_ID && made.current) {
                payload.rootNodes = inspectorTree(made.current, payload.filter)
              }
            })
            api.on.getInspectorState((payload) => {
              if (payload.inspectorId === INSPECTOR_ID && made.current) {
                payload.state = inspectorState(made.current, payload.nodeId)
              }
            })
            made.api = api
            watch(made)
          },
        ),
      )
      // Not installed (an optional peer): no inspector, and nothing else changes.
      .catch(() => {})
  } else if (registration.current !== inspector) {
    registration.current = inspector
    watch(registration)
  }
  const own = registration
  return () => {
    if (own.current !== inspector) return
    own.current = undefined
    watch(own)
  }
}
