import { useChannel, useConnectionState, useEvent, usePusher } from '@channelkit/react'
import { useState } from 'react'
import { type LoggedEvent, logEvent } from '../../shared/liveChannels'

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

/** Connection state, subscriptions and the events received on `channels`, for designers and tests. */
export function DebugView({ channels }: { channels: readonly string[] }) {
  const kit = usePusher()
  const connection = useConnectionState()
  const [events, setEvents] = useState<LoggedEvent[]>([])
  const onEvent = (entry: LoggedEvent) => setEvents((list) => [entry, ...list].slice(0, MAX_EVENTS))

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
