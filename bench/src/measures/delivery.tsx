import { createChannelKit } from '@channelkit/core'
import { ChannelKitProvider, useEvent as useChannelKitReact } from '@channelkit/react'
import { startServer } from '@channelkit/server'
import { ChannelKitPlugin } from '@channelkit/vue'
import { useChannel as useUsePusherChannel, useEvent as useUsePusherEvent } from '@harelpls/use-pusher'
import { configureEcho as configureEchoReact, useEchoPublic as useEchoReact } from '@laravel/echo-react'
import { configureEcho as configureEchoVue } from '@laravel/echo-vue'
import type Pusher from 'pusher-js'
import { createRoot } from 'react-dom/client'
import { createApp } from 'vue'
import { connectedClient } from '../connectedClient'
import { median } from '../median'
import type { Sizes } from '../sizes'
import type { MeasureResult, Row, Subject } from '../types'
import { UsePusherProvider } from '../UsePusherProvider'
import { waitFor } from '../waitFor'
import { ChannelKitVue, EchoVue } from './deliveryVue'
import { EVENT, type Sink, sink } from './sink'

interface Binding {
  channel: string
  handler: Sink['handler']
}

function ChannelKitReact({ channel, handler }: Binding) {
  useChannelKitReact(channel, EVENT, handler)
  return null
}

function UsePusher({ channel, handler }: Binding) {
  useUsePusherEvent(useUsePusherChannel(channel), EVENT, handler)
  return null
}

function EchoReact({ channel, handler }: Binding) {
  useEchoReact(channel, `.${EVENT}`, handler)
  return null
}

interface Contender {
  key: string
  stack: 'react' | 'vue'
  subject: Subject
  channel: string
  sink: Sink
}

/**
 * Events emitted locally on each pusher-js channel (`channel.emit`, what pusher-js does for a frame after
 * parsing it), so only the binding's own path is timed; subjects alternate, medians of the rounds.
 */
export async function measureDelivery(size: Sizes): Promise<MeasureResult> {
  const server = await startServer({ port: 0 })
  let client: Pusher | undefined
  const cleanups: (() => void)[] = []
  try {
    client = await connectedClient(server.app.key, server.wsOptions())
    const pusher = client
    const contenders: Contender[] = []
    const add = (key: string, stack: Contender['stack'], subject: Subject) => {
      const contender = { key, stack, subject, channel: `bench-delivery-${key}`, sink: sink() }
      contenders.push(contender)
      return contender
    }

    const raw = add('raw', 'react', 'baseline')
    pusher.subscribe(raw.channel).bind(EVENT, raw.sink.handler)

    const kit = createChannelKit({ client: pusher })
    const ckReact = add('channelkit-react', 'react', 'channelkit')
    const up = add('use-pusher', 'react', 'usePusher')
    configureEchoReact({ broadcaster: 'pusher', key: server.app.key, client: pusher } as never)
    const echoReact = add('echo-react', 'react', 'echo')
    const root = createRoot(document.createElement('div'))
    root.render(
      <>
        <ChannelKitProvider kit={kit}>
          <ChannelKitReact channel={ckReact.channel} handler={ckReact.sink.handler} />
        </ChannelKitProvider>
        <UsePusherProvider client={pusher}>
          <UsePusher channel={up.channel} handler={up.sink.handler} />
        </UsePusherProvider>
        <EchoReact channel={echoReact.channel} handler={echoReact.sink.handler} />
      </>,
    )
    cleanups.push(() => root.unmount())

    const ckVue = add('channelkit-vue', 'vue', 'channelkit')
    const ckApp = createApp(ChannelKitVue, { channel: ckVue.channel, handler: ckVue.sink.handler })
    ckApp.use(ChannelKitPlugin, { kit }).mount(document.createElement('div'))
    cleanups.push(() => ckApp.unmount())
    configureEchoVue({ broadcaster: 'pusher', key: server.app.key, client: pusher } as never)
    const echoVue = add('echo-vue', 'vue', 'echo')
    const echoApp = createApp(EchoVue, { channel: echoVue.channel, handler: echoVue.sink.handler })
    echoApp.mount(document.createElement('div'))
    cleanups.push(() => echoApp.unmount())

    const emit = (contender: Contender, count: number) => {
      const channel = pusher.channel(contender.channel)
      const data = { n: 1 }
      const start = process.hrtime.bigint()
      for (let i = 0; i < count; i++) channel.emit(EVENT, data)
      return Number(process.hrtime.bigint() - start) / count
    }
    // Every binding is in place (effects ran, channels exist) before anything is timed.
    await waitFor(
      () => contenders.every((c) => pusher.channel(c.channel)?.subscribed),
      'delivery channels subscribed',
    )
    for (const contender of contenders) {
      await waitFor(() => {
        emit(contender, 1)
        return contender.sink.delivered > 0
      }, `${contender.key} to receive events`)
      contender.sink.delivered = 0
    }

    const times = new Map<Contender, number[]>(contenders.map((c) => [c, []]))
    const gc = (globalThis as { gc?: () => void }).gc
    for (let round = -1; round < size.deliveryRounds; round++) {
      // Rotate the order each round so no subject always runs first (or right after a GC).
      const order = contenders.map((_, i) => contenders[(i + Math.max(round, 0)) % contenders.length]!)
      for (const contender of order) {
        gc?.()
        const ns = emit(contender, size.events)
        if (round >= 0) times.get(contender)!.push(ns)
      }
    }
    const expected = (size.deliveryRounds + 1) * size.events
    const lost = contenders.filter((c) => c.sink.delivered !== expected)
    if (lost.length > 0) {
      throw new Error(
        `bench: delivery counts wrong: ${lost.map((c) => `${c.key} got ${c.sink.delivered} of ${expected}`).join(', ')}`,
      )
    }

    // Paired: each subject against raw pusher-js in the same round, so a machine that speeds up or slows
    // down during the run (other load, CPU frequency) moves both sides; reported as raw's median × the
    // median of those per-round ratios.
    const rawTimes = times.get(raw)!
    const rawMedian = median(rawTimes)
    const paired = (contender: Contender) =>
      contender === raw
        ? rawMedian
        : rawMedian * median(times.get(contender)!.map((ns, i) => ns / rawTimes[i]!))
    const rows: Row[] = (['react', 'vue'] as const).map((stack) => {
      const cells: Row['cells'] = {}
      for (const contender of contenders) {
        if (contender.stack === stack || contender.subject === 'baseline') {
          cells[contender.subject] = { value: paired(contender) }
        }
      }
      if (stack === 'vue') cells.usePusher = { value: null, note: 'React only' }
      return {
        measure: 'delivery',
        id: `delivery.${stack}`,
        label: `Delivery, ${stack === 'react' ? 'React useEvent' : 'Vue useEvent'} vs channel.bind (${size.events.toLocaleString('en-US')} events, median of ${size.deliveryRounds})`,
        unit: 'ns/event',
        cells,
        ratioTo: 'baseline',
      }
    })
    return {
      rows,
      notes: [
        'Delivery: one pusher-js client, each library on its own channel, events emitted locally with channel.emit (the network is not timed); ' +
          'production builds; subjects alternate in rotating order, warm-up round discarded, every event counted; ' +
          "each subject's time is raw pusher-js's median × the median of its per-round ratios to raw (paired, so drift during the run cancels). " +
          'use-pusher: useEvent(useChannel(name), ...); Echo: useEchoPublic(name, ".tick", handler).',
      ],
    }
  } finally {
    for (const cleanup of cleanups) cleanup()
    client?.disconnect()
    await server.close()
  }
}
