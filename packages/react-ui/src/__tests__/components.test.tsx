import { type ComponentProps, defineComponentScenarios } from '@channelkit/test-components/componentScenarios'
import { render } from '@channelkit/testing/react'
import type { ReactElement } from 'react'
import { ConnectionStatus } from '../ConnectionStatus'
import { LiveNotifications } from '../LiveNotifications'
import { OnlineUsers } from '../OnlineUsers'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'

// The shared connected-component scenarios, rendered by React through @channelkit/testing.

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
  mount: (component, props, options) => {
    const { container, kit } = render(components[component](props), options)
    return { container, kit }
  },
})
