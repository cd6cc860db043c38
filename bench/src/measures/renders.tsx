import { createChannelKit } from '@channelkit/core'
import { ChannelKitProvider, usePresence } from '@channelkit/react'
import { startServer } from '@channelkit/server'
import { usePresenceChannel } from '@harelpls/use-pusher'
import type Pusher from 'pusher-js'
import { Profiler, type ReactNode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { connectedClient } from '../connectedClient'
import type { Sizes } from '../sizes'
import type { MeasureResult, Row } from '../types'
import { UsePusherProvider } from '../UsePusherProvider'
import { waitFor } from '../waitFor'

const CHANNEL = 'presence-bench-renders'
/** The member the one-member displays show: never leaves. */
const WATCHED = 'member-0'

type Part = 'count' | 'member' | 'sibling'
interface Probe {
  commits: Record<Part, number>
  /** The count each library's display last committed. */
  shown: number
}

const newProbe = (): Probe => ({ commits: { count: 0, member: 0, sibling: 0 }, shown: 0 })

function Measured({ probe, part, children }: { probe: Probe; part: Part; children: ReactNode }) {
  return (
    <Profiler id={part} onRender={() => probe.commits[part]++}>
      {children}
    </Profiler>
  )
}

function Shown({ probe, count }: { probe: Probe; count: number }) {
  useEffect(() => {
    probe.shown = count
  }, [probe, count])
  return <span>{count}</span>
}

const nameOf = (info: unknown) => (info as { name?: string } | undefined)?.name ?? 'away'

function Sibling() {
  return <span>unrelated</span>
}

function ChannelKitCount({ probe }: { probe: Probe }) {
  return <Shown probe={probe} count={usePresence(CHANNEL, (s) => s.count)} />
}

function ChannelKitMember() {
  return <span>{nameOf(usePresence(CHANNEL, (s) => s.byId.get(WATCHED))?.info)}</span>
}

function UsePusherCount({ probe }: { probe: Probe }) {
  return <Shown probe={probe} count={usePresenceChannel(CHANNEL).count ?? 0} />
}

function UsePusherMember() {
  return <span>{nameOf(usePresenceChannel(CHANNEL).members?.[WATCHED])}</span>
}

function Displays({
  probe,
  Count,
  Member,
}: {
  probe: Probe
  Count: typeof ChannelKitCount
  Member: () => ReactNode
}) {
  return (
    <>
      <Measured probe={probe} part="count">
        <Count probe={probe} />
      </Measured>
      <Measured probe={probe} part="member">
        <Member />
      </Measured>
      <Measured probe={probe} part="sibling">
        <Sibling />
      </Measured>
    </>
  )
}

/**
 * A presence channel filled by real pusher-js clients, then members leave and join in turn; each step waits
 * until every library shows the new count, so no commit is batched away.
 */
export async function measureRenders(size: Sizes): Promise<MeasureResult> {
  const server = await startServer({ port: 0 })
  const clients: Pusher[] = []
  const connect = async (id: string) => {
    const client = await connectedClient(
      server.app.key,
      server.wsOptions({ user: { id, info: { name: id } } }),
    )
    clients.push(client)
    return client
  }
  const container = document.createElement('div')
  const roots = [createRoot(container.appendChild(document.createElement('div')))]
  roots.push(createRoot(container.appendChild(document.createElement('div'))))
  try {
    const ck = newProbe()
    const kit = createChannelKit({ client: await connect('observer-channelkit') })
    roots[0]!.render(
      <ChannelKitProvider kit={kit}>
        <Displays probe={ck} Count={ChannelKitCount} Member={ChannelKitMember} />
      </ChannelKitProvider>,
    )
    const up = newProbe()
    const upClient = await connect('observer-use-pusher')
    roots[1]!.render(
      <UsePusherProvider client={upClient}>
        <Displays probe={up} Count={UsePusherCount} Member={UsePusherMember} />
      </UsePusherProvider>,
    )
    const probes = [ck, up]
    const fillers: Pusher[] = []
    for (let i = 0; fillers.length + probes.length < size.members; i++) {
      const filler = await connect(`member-${i}`)
      filler.subscribe(CHANNEL)
      fillers.push(filler)
    }
    const full = size.members
    await waitFor(() => probes.every((p) => p.shown === full), `${full} members on every display`, 30_000)

    for (const probe of probes) probe.commits = { count: 0, member: 0, sibling: 0 }
    const churners = fillers.slice(1)
    for (let step = 0; step < size.churn; step++) {
      const churner = churners[Math.floor(step / 2) % churners.length]!
      const leaving = step % 2 === 0
      if (leaving) churner.unsubscribe(CHANNEL)
      else churner.subscribe(CHANNEL)
      const expected = leaving ? full - 1 : full
      await waitFor(() => probes.every((p) => p.shown === expected), `count ${expected} after step ${step}`)
    }

    const row = (part: Part, label: string): Row => ({
      measure: 'renders',
      id: `renders.${part}`,
      label,
      unit: 'commits',
      cells: {
        channelkit: { value: ck.commits[part] },
        usePusher: { value: up.commits[part] },
        echo: { value: null, note: 'no roster hook' },
      },
    })
    const churn = `${size.churn} joins/leaves at ${size.members} members`
    return {
      rows: [
        row('count', `Renders: commits of a count display (${churn})`),
        row('member', `Renders: commits of a one-member display (that member stays)`),
        row('sibling', `Renders: commits of an unrelated sibling`),
      ],
      notes: [
        'Renders: React 19 Profiler commits in happy-dom, real pusher-js clients against @channelkit/server; ' +
          'ChannelKit: usePresence(ch, s => s.count) / usePresence(ch, s => s.byId.get(id)); use-pusher: usePresenceChannel(ch).count / .members[id]. ' +
          "Laravel Echo has no roster hook: useEchoPresence/usePresenceChannel return the channel and members arrive through here/joining/leaving callbacks the app must store itself, so there is nothing of Echo's to measure.",
      ],
    }
  } finally {
    for (const root of roots) root.unmount()
    for (const client of clients) client.disconnect()
    await server.close()
  }
}
