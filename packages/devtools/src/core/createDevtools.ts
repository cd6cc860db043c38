import { type ChannelKit, type ReadableStore, signin } from '@channelkit/core'
import { type InspectorEvent, inspect, type KitInspector } from '@channelkit/core/devtools'
import { Ring } from './ring'
import { injectStyles } from './styles'
import { type Sender, senderFor } from './trigger'
import type {
  CreatorState,
  DevtoolsOptions,
  DevtoolsState,
  DevtoolsTab,
  LogEntry,
  TimelineEntry,
} from './types'

export const TABS: readonly DevtoolsTab[] = ['connection', 'channels', 'presence', 'events', 'trigger']
const TIMELINE_LIMIT = 100
export const MIN_HEIGHT = 120
const encoder = /* @__PURE__ */ new TextEncoder()
let panels = 0

/** Bytes of `data` as JSON (UTF-8); 0 when it has none. */
export function sizeOf(data: unknown): number {
  if (data === undefined) return 0
  try {
    return encoder.encode(typeof data === 'string' ? data : JSON.stringify(data)).length
  } catch {
    return 0
  }
}

/** What the renderers drive: the panel's state as a store, and every action a control of it takes. */
export interface DevtoolsController extends ReadableStore<DevtoolsState> {
  /** Prefix of the ids of this panel's elements, unique in the page. */
  readonly id: string
  readonly inspector: KitInspector
  /** Starts watching the kit and adds the stylesheet; returns the stop. Call from mount (twice is fine). */
  mount(): () => void
  setOptions(options: Omit<DevtoolsOptions, 'kit'>): void
  toggle(open?: boolean): void
  setTab(tab: DevtoolsTab): void
  setHeight(height: number): void
  setFilter(which: 'channel' | 'event', value: string): void
  togglePause(): void
  clear(): void
  select(id: number | undefined): void
  retry(channel: string): void
  connect(): void
  disconnect(): void
  signin(): void
  setDraft(field: 'channel' | 'event' | 'data', value: string): void
  /** Sends the event creator's draft; the outcome lands in `creator.status` and `creator.message`. */
  fire(): Promise<void>
  /** Asks the renderer to move focus to the element matching `selector` (inside the devtools root). */
  focus(selector: string): void
  /** Called by the renderer after it rendered: moves focus as asked. */
  afterRender(root: HTMLElement | null | undefined): void
}

const maxHeight = () => Math.max(MIN_HEIGHT, (globalThis.innerHeight ?? 800) - 48)
export const clampHeight = (height: number) => Math.round(Math.min(Math.max(height, MIN_HEIGHT), maxHeight()))

const matches = (value: string | undefined, filter: string) =>
  filter === '' || (value ?? '').toLowerCase().includes(filter.toLowerCase())

/** The panel of one kit, framework-free: both renderers draw its state and call its actions. */
export function createDevtools(
  kit: ChannelKit,
  options: Omit<DevtoolsOptions, 'kit'> = {},
): DevtoolsController {
  const inspector = inspect(kit)
  const log = new Ring<LogEntry>(Math.max(1, options.logLimit ?? 500))
  const timeline = new Ring<TimelineEntry>(TIMELINE_LIMIT)
  let sender: Sender = senderFor(kit, options.trigger)
  let nextId = 1
  let reconnects = 0
  let skipped = 0
  let styleNonce = options.styleNonce
  let focusTarget: string | undefined
  const listeners = new Set<() => void>()

  const initialCreator: CreatorState = { channel: '', event: '', data: '{}', status: 'idle', message: '' }
  let state: DevtoolsState = {
    open: options.initialIsOpen ?? false,
    tab: 'connection',
    height: clampHeight(options.initialHeight ?? 320),
    position: options.position ?? 'bottom-right',
    theme: options.theme ?? 'system',
    connection: inspector.connection.getSnapshot(),
    timeline: [],
    reconnects: 0,
    channels: inspector.channels.getSnapshot(),
    user: inspector.user.getSnapshot(),
    watchlist: inspector.watchlist.getSnapshot(),
    log: [],
    visible: [],
    filters: { channel: '', event: '' },
    paused: false,
    skipped: 0,
    dropped: 0,
    selected: undefined,
    creator: initialCreator,
    via: sender.via,
  }

  const notify = () => {
    for (const listener of [...listeners]) listener()
  }
  const set = (patch: Partial<DevtoolsState>) => {
    state = { ...state, ...patch }
    notify()
  }
  const filtered = (entries: readonly LogEntry[], filters = state.filters) =>
    filters.channel === '' && filters.event === ''
      ? entries
      : entries.filter((e) => matches(e.channel, filters.channel) && matches(e.event, filters.event))

  // Traffic comes in bursts (one WebSocket message per task): the log and timeline are shown at most once
  // a frame, while what the user does (typing in a filter, a click) shows at once.
  let scheduled = false
  const flush = () => {
    scheduled = false
    const entries = log.toArray()
    const selected = state.selected && entries.includes(state.selected) ? state.selected : undefined
    set({
      log: entries,
      visible: filtered(entries),
      timeline: timeline.toArray(),
      reconnects,
      skipped,
      dropped: log.dropped,
      selected,
    })
  }
  const later = () => {
    if (scheduled) return
    scheduled = true
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush)
    else setTimeout(flush, 16)
  }

  const onEvent = (event: InspectorEvent) => {
    const id = nextId++
    if (event.type === 'frame') {
      if (state.paused) {
        skipped++
      } else {
        const { direction, channel, event: name, data, userId, sent, at } = event
        log.push({ id, at, direction, channel, event: name, data, size: sizeOf(data), userId, sent })
      }
    } else {
      if (event.type === 'state' && event.current === 'connecting' && event.previous !== 'initialized') {
        reconnects++
      }
      timeline.push({ ...event, id } as TimelineEntry)
    }
    later()
  }

  // Kit stores: connection, user and watchlist always (cheap); the channel list only while open.
  const read = () => {
    const next = {
      connection: inspector.connection.getSnapshot(),
      user: inspector.user.getSnapshot(),
      watchlist: inspector.watchlist.getSnapshot(),
      channels: inspector.channels.getSnapshot(),
    }
    if ((Object.keys(next) as (keyof typeof next)[]).some((key) => next[key] !== state[key])) set(next)
  }
  let watchingChannels: (() => void) | undefined
  const watchChannels = (on: boolean) => {
    if (on && !watchingChannels) {
      watchingChannels = inspector.channels.subscribe(read)
      read()
    } else if (!on && watchingChannels) {
      watchingChannels()
      watchingChannels = undefined
    }
  }

  let mounts = 0
  let stopWatching: (() => void) | undefined
  const mount = () => {
    if (mounts++ === 0) {
      const connection = inspector.connection.getSnapshot()
      if (timeline.size === 0) {
        timeline.push({
          id: nextId++,
          at: Date.now(),
          type: 'state',
          previous: connection.previous,
          current: connection.state,
          socketId: connection.socketId,
        })
      }
      const stops = [
        injectStyles(globalThis.document, styleNonce),
        inspector.observe(onEvent),
        inspector.connection.subscribe(read),
        inspector.user.subscribe(read),
        inspector.watchlist.subscribe(read),
      ]
      stopWatching = () => {
        for (const stop of stops) stop()
        watchChannels(false)
      }
      if (state.open) watchChannels(true)
      read()
      flush()
    }
    let done = false
    return () => {
      if (done) return
      done = true
      if (--mounts === 0) {
        stopWatching?.()
        stopWatching = undefined
      }
    }
  }

  const controller: DevtoolsController = {
    id: `ck-devtools-${++panels}`,
    inspector,
    getSnapshot: () => state,
    subscribe(onChange) {
      const listener = () => onChange()
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    mount,
    setOptions(next) {
      styleNonce = next.styleNonce
      sender = senderFor(kit, next.trigger)
      const patch: Partial<DevtoolsState> = { via: sender.via }
      if (next.position && next.position !== state.position) patch.position = next.position
      if (next.theme && next.theme !== state.theme) patch.theme = next.theme
      if (patch.via !== state.via || patch.position || patch.theme) set(patch)
    },
    toggle(open = !state.open) {
      if (open === state.open) return
      watchChannels(open && mounts > 0)
      focusTarget = open ? '[data-ck-part="tab"][aria-selected="true"]' : '[data-ck-part="toggle"]'
      set({ open })
    },
    setTab(tab) {
      if (tab !== state.tab) set({ tab })
    },
    setHeight(height) {
      const next = clampHeight(height)
      if (next !== state.height) set({ height: next })
    },
    setFilter(which, value) {
      const filters = { ...state.filters, [which]: value }
      set({ filters, visible: filtered(state.log, filters) })
    },
    togglePause() {
      set({ paused: !state.paused })
    },
    clear() {
      log.clear()
      skipped = 0
      set({ log: [], visible: [], selected: undefined, skipped: 0, dropped: 0 })
    },
    select(id) {
      set({ selected: id === undefined ? undefined : state.log.find((entry) => entry.id === id) })
    },
    retry: (channel) => inspector.retry(channel),
    connect: () => kit.connect(),
    disconnect: () => kit.disconnect(),
    signin: () => signin(kit),
    setDraft(field, value) {
      set({ creator: { ...state.creator, [field]: value, status: 'idle', message: '' } })
    },
    async fire() {
      const { channel, event, data: text } = state.creator
      const fail = (message: string) => set({ creator: { ...state.creator, status: 'error', message } })
      if (!sender.send) return fail(`Cannot send: ${sender.via}.`)
      if (channel.trim() === '') return fail('Name a channel.')
      if (event.trim() === '') return fail('Name an event.')
      let data: unknown
      try {
        data = text.trim() === '' ? {} : JSON.parse(text)
      } catch {
        return fail('Data is not valid JSON.')
      }
      set({ creator: { ...state.creator, status: 'sending', message: 'Sending…' } })
      try {
        await sender.send(channel.trim(), event.trim(), data)
        set({
          creator: {
            ...state.creator,
            status: 'sent',
            message: `Sent ${event.trim()} to ${channel.trim()}.`,
          },
        })
      } catch (error) {
        fail(`Not sent: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
    focus(selector) {
      focusTarget = selector
    },
    afterRender(root) {
      if (!focusTarget || !root) return
      const target = root.querySelector<HTMLElement>(focusTarget)
      focusTarget = undefined
      target?.focus()
    },
  }
  return controller
}
