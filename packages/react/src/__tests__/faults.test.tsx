import {
  connectionError,
  defineFaultScenarios,
  type FaultViews,
  type Seen,
  see,
  shown,
} from '@channelkit/test-scenarios/faultScenarios'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { type ComponentType, useState } from 'react'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { useConnectionState } from '../useConnectionState'
import { useEvent } from '../useEvent'
import { usePresence } from '../usePresence'
import { usePusher } from '../usePusher'
import { useTyping } from '../useTyping'
import { useUser } from '../useUser'

// The components the shared fault scenarios mount (see FaultViews for what each shows).

function Connection({ seen }: { seen?: Seen }) {
  const connection = useConnectionState()
  const kit = usePusher()
  const error = connectionError(connection.error)
  see(seen, connection.state, error)
  return (
    <>
      <p data-testid="connection">{connection.state}</p>
      <p data-testid="connection-error">{error}</p>
      <button type="button" onClick={() => kit.connect()}>
        reconnect
      </button>
    </>
  )
}

function Sender({ channel }: { channel: string }) {
  const send = useClientTrigger(channel)
  const [results, setResults] = useState<string[]>([])
  const onClick = () => setResults([...results, send('client-message', { n: results.length + 1 })])
  return (
    <>
      <button type="button" onClick={onClick}>
        send
      </button>
      <p data-testid="sent">{results.join(',')}</p>
    </>
  )
}

function Room({ channel, room, seen }: FaultViews['Room']) {
  const privateChannel = useChannel(channel)
  const roster = usePresence(room)
  const { typing } = useTyping(room, { timeout: 1000 })
  return (
    <>
      <Connection seen={seen} />
      <p data-testid="private">{shown(privateChannel.status, privateChannel.error)}</p>
      <p data-testid="presence">{shown(roster.status, roster.error)}</p>
      <p data-testid="members">{roster.members.map((m) => m.id).join(',')}</p>
      <p data-testid="typing">{typing.map((t) => t.name).join(',')}</p>
      <Sender channel={channel} />
    </>
  )
}

function Guarded({ channel }: FaultViews['Guarded']) {
  const guarded = useChannel(channel)
  const [results, setResults] = useState<string[]>([])
  const send = () => setResults([...results, guarded.trigger('client-message', { n: results.length + 1 })])
  return (
    <>
      <p data-testid="guarded">{shown(guarded.status, guarded.error)}</p>
      <p data-testid="sent">{results.join(',')}</p>
      <button type="button" onClick={send}>
        send
      </button>
      <button type="button" onClick={guarded.retry}>
        retry
      </button>
    </>
  )
}

function Healthy({ channel }: FaultViews['Healthy']) {
  const healthy = useChannel(channel)
  const [last, setLast] = useState('')
  useEvent(channel, 'message', (data: { text: string }) => setLast(data.text))
  return (
    <>
      <p data-testid="healthy">{shown(healthy.status, healthy.error)}</p>
      <p data-testid="last">{last}</p>
    </>
  )
}

function Session({ channel, seen }: FaultViews['Session']) {
  const privateChannel = useChannel(channel)
  const user = useUser()
  return (
    <>
      <Connection seen={seen} />
      <p data-testid="private">{shown(privateChannel.status, privateChannel.error)}</p>
      <p data-testid="user">{user.status}</p>
      <button type="button" onClick={user.signin}>
        sign in
      </button>
    </>
  )
}

const views = { Room, Guarded, Healthy, Session }

defineFaultScenarios({
  framework: 'React',
  bindings: 'hooks',
  mount(kit, view, props) {
    const View = views[view] as ComponentType<FaultViews[typeof view]>
    render(
      <ChannelKitProvider kit={kit}>
        <View {...props} />
      </ChannelKitProvider>,
    )
  },
  text: (id) => screen.getByTestId(id).textContent,
  click: (name) => fireEvent.click(screen.getByRole('button', { name })),
  unmount: cleanup,
})
