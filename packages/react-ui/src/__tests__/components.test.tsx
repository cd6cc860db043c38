import { ChannelKitProvider } from '@channelkit/react'
import { type ComponentProps, defineComponentScenarios } from '@channelkit/test-scenarios/componentScenarios'
import { cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { ConnectionStatus } from '../ConnectionStatus'
import { LiveNotifications } from '../LiveNotifications'
import { OnlineUsers } from '../OnlineUsers'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'

// The shared connected-component scenarios, rendered by React.

function Composer({ channel }: { channel: string }) {
  const typing = useTypingInput(channel)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        typing.stop()
      }}
    >
      <label>
        Message
        <input {...typing.inputProps} />
      </label>
    </form>
  )
}

const components: { [C in keyof ComponentProps]: (props: ComponentProps[C]) => ReactElement } = {
  OnlineUsers: (props) => <OnlineUsers {...props} />,
  TypingIndicator: (props) => <TypingIndicator {...props} />,
  LiveNotifications: (props) => <LiveNotifications {...props} />,
  ConnectionStatus: () => <ConnectionStatus />,
  Composer: (props) => <Composer {...props} />,
}

defineComponentScenarios({
  framework: 'React',
  mount: (kit, component, props) =>
    render(<ChannelKitProvider kit={kit}>{components[component](props)}</ChannelKitProvider>).container,
  unmount: cleanup,
})
