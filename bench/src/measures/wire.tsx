import { setTimeout as sleep } from 'node:timers/promises'
import { createChannelKit } from '@channelkit/core'
import { ChannelKitProvider, useChannel as useChannelKitReact } from '@channelkit/react'
import { type LocalServer, startServer } from '@channelkit/server'
import { ChannelKitPlugin, useChannel as useChannelKitVue } from '@channelkit/vue'
import { useChannel as useUsePusher } from '@harelpls/use-pusher'
import { configureEcho as configureEchoReact, useChannel as useEchoReact } from '@laravel/echo-react'
import { configureEcho as configureEchoVue, useChannel as useEchoVue } from '@laravel/echo-vue'
import type Pusher from 'pusher-js'
import { type ReactNode, StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { createApp, defineComponent, h, nextTick, type Plugin, ref } from 'vue'
import { connectedClient } from '../connectedClient'
import type { Sizes } from '../sizes'
import type { MeasureResult, Row, Subject } from '../types'
import { UsePusherProvider } from '../UsePusherProvider'
import { waitFor } from '../waitFor'

/** Longer than ChannelKit's 300 ms release delay: a phase ends after this much silence on its channel. */
const QUIET_MS = 700
/** Unmount, then remount this much later: a route change, well within the release delay. */
const REMOUNT_AFTER_MS = 20

type Stack = 'react' | 'vue'
interface Library {
  stack: Stack
  subject: Subject
  channel: string
  /** Mounts (true) or unmounts (false) the components, resolving once the framework has flushed. */
  show(visible: boolean): Promise<void>
  close(): void
}

interface Frames {
  subscribe: number
  unsubscribe: number
}

function reactLibrary(
  subject: Subject,
  channel: string,
  count: number,
  Provider: (props: { children: ReactNode }) => ReactNode,
  Child: () => ReactNode,
): Library {
  const root = createRoot(document.createElement('div'))
  const keys = Array.from({ length: count }, (_, i) => `child-${i}`)
  return {
    stack: 'react',
    subject,
    channel,
    async show(visible) {
      // flushSync: the commit and its effects (StrictMode's double run included) happen now.
      flushSync(() =>
        root.render(
          <StrictMode>
            <Provider>{visible ? keys.map((key) => <Child key={key} />) : null}</Provider>
          </StrictMode>,
        ),
      )
    },
    close: () => root.unmount(),
  }
}

function vueLibrary(
  subject: Subject,
  channel: string,
  count: number,
  plugin: [Plugin, unknown] | null,
  use: () => void,
): Library {
  const visible = ref(false)
  const Child = defineComponent({
    setup() {
      use()
      return () => null
    },
  })
  const app = createApp(
    defineComponent({
      setup: () => () =>
        h('div', visible.value ? Array.from({ length: count }, (_, i) => h(Child, { key: i })) : []),
    }),
  )
  if (plugin) app.use(plugin[0], plugin[1])
  app.mount(document.createElement('div'))
  return {
    stack: 'vue',
    subject,
    channel,
    async show(next) {
      visible.value = next
      await nextTick()
    },
    close: () => app.unmount(),
  }
}

/** Counts what each library's components cost on the wire, at the server, phase by phase. */
async function phases(server: LocalServer, library: Library) {
  const frames: Frames = { subscribe: 0, unsubscribe: 0 }
  let last = Date.now()
  const stop = server.onFrame((frame) => {
    if (frame.direction !== 'in') return
    const channel = frame.channel ?? (frame.data as { channel?: unknown } | undefined)?.channel
    if (channel !== library.channel) return
    if (frame.event === 'pusher:subscribe') frames.subscribe++
    else if (frame.event === 'pusher:unsubscribe') frames.unsubscribe++
    else return
    last = Date.now()
  })
  const subscribed = () => (server.channels().get(library.channel)?.subscriptionCount ?? 0) > 0
  const settle = async (from: Frames) => {
    const start = Date.now()
    await waitFor(() => Date.now() - Math.max(start, last) >= QUIET_MS, `${library.channel} to go quiet`)
    return {
      subscribe: frames.subscribe - from.subscribe,
      unsubscribe: frames.unsubscribe - from.unsubscribe,
    }
  }
  try {
    await library.show(true)
    await waitFor(subscribed, `${library.channel} subscribed at the server`)
    const mount = await settle({ subscribe: 0, unsubscribe: 0 })
    const beforeRemount = { ...frames }
    await library.show(false)
    await sleep(REMOUNT_AFTER_MS)
    await library.show(true)
    const remount = await settle(beforeRemount)
    await waitFor(subscribed, `${library.channel} subscribed after the remount`)
    const beforeUnmount = { ...frames }
    await library.show(false)
    // A busy machine may fire a release timer late: give the unsubscribe time to arrive before settling.
    const left = await waitFor(() => !subscribed(), `${library.channel} released`, 5000).then(
      () => false,
      () => true,
    )
    const unmount = await settle(beforeUnmount)
    return { mount, remount, unmount, leftSubscribed: left && subscribed() }
  } finally {
    stop()
  }
}

/**
 * Many components on one channel (React under StrictMode), then all unmounted and mounted again within
 * ChannelKit's release delay, then unmounted for good: subscribe/unsubscribe frames counted at the server.
 */
export async function measureWire(size: Sizes): Promise<MeasureResult> {
  const server = await startServer({ port: 0 })
  const clients: Pusher[] = []
  const connect = async () => {
    const client = await connectedClient(server.app.key, server.wsOptions())
    clients.push(client)
    return client
  }
  const libraries: Library[] = []
  const n = size.wireComponents
  try {
    const kitReact = createChannelKit({ client: await connect() })
    const ckReact = 'bench-wire-channelkit-react'
    libraries.push(
      reactLibrary(
        'channelkit',
        ckReact,
        n,
        ({ children }) => <ChannelKitProvider kit={kitReact}>{children}</ChannelKitProvider>,
        () => {
          useChannelKitReact(ckReact)
          return null
        },
      ),
    )
    const upClient = await connect()
    const up = 'bench-wire-use-pusher'
    libraries.push(
      reactLibrary(
        'usePusher',
        up,
        n,
        ({ children }) => <UsePusherProvider client={upClient}>{children}</UsePusherProvider>,
        () => {
          useUsePusher(up)
          return null
        },
      ),
    )
    configureEchoReact({ broadcaster: 'pusher', key: server.app.key, client: await connect() } as never)
    const echoReact = 'bench-wire-echo-react'
    libraries.push(
      reactLibrary(
        'echo',
        echoReact,
        n,
        ({ children }) => children,
        () => {
          useEchoReact(echoReact, 'public')
          return null
        },
      ),
    )
    const kitVue = createChannelKit({ client: await connect() })
    const ckVue = 'bench-wire-channelkit-vue'
    libraries.push(
      vueLibrary('channelkit', ckVue, n, [ChannelKitPlugin, { kit: kitVue }], () => useChannelKitVue(ckVue)),
    )
    configureEchoVue({ broadcaster: 'pusher', key: server.app.key, client: await connect() } as never)
    const echoVue = 'bench-wire-echo-vue'
    libraries.push(vueLibrary('echo', echoVue, n, null, () => useEchoVue(echoVue, 'public')))

    // Each library has its own client and channel: they run side by side.
    const results = await Promise.all(libraries.map((library) => phases(server, library)))
    const rows: Row[] = []
    for (const stack of ['react', 'vue'] as const) {
      const name = stack === 'react' ? `React, ${n} components in StrictMode` : `Vue, ${n} components`
      const of = libraries
        .map((library, i) => ({ library, result: results[i]! }))
        .filter((x) => x.library.stack === stack)
      const row = (id: string, label: string, pick: (r: (typeof results)[number]) => number): Row => {
        const cells: Row['cells'] = {}
        for (const { library, result } of of) cells[library.subject] = { value: pick(result) }
        if (stack === 'vue') cells.usePusher = { value: null, note: 'React only' }
        return { measure: 'wire', id: `wire.${stack}.${id}`, label, unit: 'frames', cells }
      }
      rows.push(
        row('mount.subscribe', `Wire (${name}): subscribe frames on mount`, (r) => r.mount.subscribe),
        row('mount.unsubscribe', `Wire (${name}): unsubscribe frames on mount`, (r) => r.mount.unsubscribe),
        row(
          'remount.subscribe',
          `Wire (${name}): subscribe frames, unmount all + remount`,
          (r) => r.remount.subscribe,
        ),
        row(
          'remount.unsubscribe',
          `Wire (${name}): unsubscribe frames, unmount all + remount`,
          (r) => r.remount.unsubscribe,
        ),
        row(
          'unmount.unsubscribe',
          `Wire (${name}): unsubscribe frames, final unmount`,
          (r) => r.unmount.unsubscribe,
        ),
      )
    }
    const leaks = libraries
      .filter((_, i) => results[i]!.leftSubscribed)
      .map((l) => `${l.subject} (${l.stack})`)
    return {
      rows,
      notes: [
        `Wire: frames counted at the server (server.onFrame); a phase ends after ${QUIET_MS} ms without a frame on its channel; ` +
          `the remount comes ${REMOUNT_AFTER_MS} ms after the unmount (ChannelKit's release delay is 300 ms). React rows use the development build (StrictMode runs effects twice only there). ` +
          'Echo: useChannel(name, "public") from @laravel/echo-react / @laravel/echo-vue, configured with the same kind of pusher-js client.' +
          (leaks.length > 0 ? ` Still subscribed after the final unmount: ${leaks.join(', ')}.` : ''),
      ],
    }
  } finally {
    for (const library of libraries) library.close()
    for (const client of clients) client.disconnect()
    await server.close()
  }
}
