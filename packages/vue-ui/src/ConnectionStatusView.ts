import type { ConnectionState } from '@channelkit/core'
import { type ConnectionLabels, connectionStatus } from '@channelkit/core/ui'
import { defineComponent, h, type PropType } from 'vue'

/** A badge for the connection state; the label is a polite status region. */
export const ConnectionStatusView = /* @__PURE__ */ defineComponent({
  name: 'ConnectionStatusView',
  props: {
    state: { type: String as PropType<ConnectionState>, required: true },
    labels: Object as PropType<Partial<ConnectionLabels>>,
  },
  /** `retry`: from the button shown when the state is unavailable, failed or disconnected. */
  emits: { retry: () => true },
  setup(props, { emit }) {
    return () => {
      const ui = connectionStatus(props.state, props.labels)
      return h('div', ui.rootProps, [
        h('span', ui.indicatorProps),
        h('span', ui.labelProps, ui.text),
        ui.retryable ? h('button', { ...ui.retryProps, onClick: () => emit('retry') }, ui.retryText) : null,
      ])
    }
  },
})
