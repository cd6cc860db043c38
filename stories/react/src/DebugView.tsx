import type { Member } from '@channelkit/core'
import { useChannel, useConnectionState, useEvent, usePresence, usePusher } from '@channelkit/react'
import { useEffect, useRef, useState } from 'react'
import { type LoggedEvent, logEvent } from '../../shared/liveChannels'
import { memberChanges } from '../../shared/memberLog'

const MAX_EVENTS = 30

function SubscriptionRow({ channel, onEvent }: { channel: string; onEvent: (entry: LoggedEvent) => void }) {
  const { status, subscriptionCount, error } = useChannel(channel)
  useEvent(channel, null, (event: string, data: unknown) => onEvent(logEvent(channel, event, data)))
  return (
    <tr data-channel={channel}>
      <td>{channel}</td>
      <td data-ck-dev="status">{status}</td>
      <td>{subscriptionCount ?? '–'}</td>
      <td>{error ? JSON.stringify(error) : ''}</td>
    </tr>
  )
}

/** Who is on a presence channel; joins and leaves go to the event log. */
function Members({ channel, onEvent }: { channel: string; onEvent: (entry: LoggedEvent) => void }) {
  const { members, status } = usePresence(channel)
  const live = useRef<readonly Member[] | undefined>(undefined)
  useEffect(() => {
    if (status !== 'subscribed') return
    for (const entry of memberChanges(channel, live.current, members)) onEvent(entry)
    live.current = members
  }, [channel, members, status, onEvent])
  return (
    <>
      <h3 id="ck-dev-members">
        Members of {channel} ({members.length})
      </h3>
      <ul className="ck-dev-roster" aria-labelledby="ck-dev-members" data-ck-dev="members">
        {members.map((member) => (
          <li key={member.id}>{(member.info as { name?: string } | undefined)?.name ?? member.id}</li>
        ))}
      </ul>
    </>
  )
}

/**
 * Connection state, subscriptions, members and the events received on `channels`, for designers and tests.
 * Self-contained on purpose: the devtools panel (package `@channelkit/devtools`) will replace it.
 */
export function DebugView({ channels }: { channels: readonly string[] }) {
  const kit = usePusher()
  const connection = useConnectionState()
  const [events, setEvents] = useState<LoggedEvent[]>([])
  const [onEvent] = useState(
    () => (entry: LoggedEvent) => setEvents((list) => [entry, ...list].slice(0, MAX_EVENTS)),
  )
  const presence = channels.find((channel) => channel.startsWith('presence-'))

  return (
    <section className="ck-dev-debug" aria-label="Debug">
      <h2>Debug</h2>
      <p>
        Connection: <strong data-ck-dev="connection">{connection.state}</strong>
        {connection.previous && ` (was ${connection.previous})`} · socket {connection.socketId ?? '–'}{' '}
        <button type="button" onClick={() => kit.disconnect()}>
          Disconnect
        </button>{' '}
        <button type="button" onClick={() => kit.connect()}>
          Connect
        </button>
      </p>
      <table>
        <caption>
          <h3>Subscriptions</h3>
        </caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Subscribers</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <SubscriptionRow key={channel} channel={channel} onEvent={onEvent} />
          ))}
        </tbody>
      </table>
      {presence && <Members channel={presence} onEvent={onEvent} />}
      <h3 id="ck-dev-events">Events received ({events.length})</h3>
      <ol className="ck-dev-events" aria-labelledby="ck-dev-events" data-ck-dev="events">
        {events.map((entry) => (
          <li key={entry.seq} data-event={entry.event}>
            {entry.at} {entry.channel} <b>{entry.event}</b> {entry.data}
          </li>
        ))}
      </ol>
    </section>
  )
}
