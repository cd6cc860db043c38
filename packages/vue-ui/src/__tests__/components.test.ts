import { type ComponentProps, defineComponentScenarios } from '@channelkit/test-components/componentScenarios'
import { createPlugin } from '@channelkit/testing/vue'
import { render } from '@testing-library/vue'
import { type Component, defineComponent, h } from 'vue'
import { ConnectionStatus } from '../ConnectionStatus'
import { LiveNotifications } from '../LiveNotifications'
import { OnlineUsers } from '../OnlineUsers'
import { TypingIndicator } from '../TypingIndicator'
import { useTypingInput } from '../useTypingInput'

// The shared connected-component scenarios, rendered by Vue with @channelkit/testing's plugin.

const Composer = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const typing = useTypingInput(() => props.channel)
    return () =>
      h(
        'form',
        {
          onSubmit: (event: Event) => {
            event.preventDefault()
            typing.stop()
          },
        },
        [h('label', ['Message', h('input', typing.inputProps)])],
      )
  },
})

const components: Record<keyof ComponentProps, Component> = {
  OnlineUsers,
  TypingIndicator,
  LiveNotifications,
  ConnectionStatus,
  Composer,
}

defineComponentScenarios({
  framework: 'Vue',
  mount: (component, props, { server, ...options }) => {
    const plugin = createPlugin(server, options)
    const { container } = render(components[component], {
      props: props as never,
      global: { plugins: [plugin] },
    })
    return { container: container as HTMLElement, kit: plugin.kit }
  },
})
