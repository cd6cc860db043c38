import { createChannelKit } from '@channelkit/core'
import { presenceStore } from '@channelkit/core/adapter'
import { startServer } from '@channelkit/server'
import type { PresenceChannel } from 'pusher-js'
import { connectedClient } from '../connectedClient'
import { median } from '../median'
import type { Sizes } from '../sizes'
import type { MeasureResult } from '../types'
import { waitFor } from '../waitFor'

/**
 * A burst of presence joins, then the same leaves, handed to pusher-js as parsed frames (what a server that
 * floods a channel sends): through ChannelKit's roster with a `count` reader after each change (what
 * `usePresence(name, s => s.count)` does), against pusher-js's own member list alone.
 */
export async function measureRoster(size: Sizes): Promise<MeasureResult> {
  const server = await startServer({ port: 0 })
  const client = await connectedClient(server.app.key, server.wsOptions({ user: { id: 'bench' } }))
  try {
    const kit = createChannelKit({ client })
    const kitChannel = 'presence-bench-roster-kit'
    const rawChannel = 'presence-bench-roster-raw'
    const store = presenceStore(kit, kitChannel)
    let counted = 0
    const stop = store.subscribe(() => {
      counted = store.getSnapshot().count
    })
    const raw = client.subscribe(rawChannel) as PresenceChannel
    await waitFor(
      () => raw.subscribed && store.getSnapshot().status === 'subscribed',
      'both presence channels subscribed',
    )
    const n = size.rosterBurst
    const burst = (name: string) => {
      const pc = client.channel(name)
      const start = performance.now()
      for (let i = 0; i < n; i++) {
        pc.handleEvent({
          event: 'pusher_internal:member_added',
          channel: name,
          data: { user_id: `m${i}`, user_info: { i } },
        })
      }
      for (let i = 0; i < n; i++) {
        pc.handleEvent({ event: 'pusher_internal:member_removed', channel: name, data: { user_id: `m${i}` } })
      }
      return performance.now() - start
    }
    const times = { kit: [] as number[], raw: [] as number[] }
    for (let round = -1; round < size.rosterRounds; round++) {
      const kitMs = burst(kitChannel)
      const rawMs = burst(rawChannel)
      if (round >= 0) {
        times.kit.push(kitMs)
        times.raw.push(rawMs)
      }
    }
    // The reader saw the last change: only `bench` itself is left.
    if (counted !== 1 || store.getSnapshot().count !== 1) {
      throw new Error(`bench: roster burst ended at ${store.getSnapshot().count} members, not 1`)
    }
    stop()
    return {
      rows: [
        {
          measure: 'roster',
          id: 'roster.burst',
          label: `Roster burst: ${n.toLocaleString('en-US')} joins then ${n.toLocaleString('en-US')} leaves, a count reader after each (median of ${size.rosterRounds})`,
          unit: 'ms',
          cells: {
            channelkit: { value: median(times.kit) },
            baseline: { value: median(times.raw), note: "pusher-js's member list alone" },
          },
          ratioTo: 'baseline',
        },
      ],
      notes: [
        'Roster burst: member_added then member_removed frames handed to pusher-js (channel.handleEvent), as a flooding server would send them; ChannelKit column: the same through core with a presence store subscriber reading count after every change.',
      ],
    }
  } finally {
    client.disconnect()
    await server.close()
  }
}
