import type { ConnectionState } from '@channelkit/core'
import { type ConnectionLabels, connectionStatus } from '@channelkit/core/ui'
import { defineComponent, h, type PropType, type SlotsType } from 'vue'
import { useChannelKitUI } from './channelKitUI'

/** What the `#content` slot of `ConnectionStatus` receives. */
export interface ConnectionStatusContent {
  state: ConnectionState
  /** The label of the state ("Connected"). */
  text: string
  /** Whether a retry makes sense now (unavailable, failed, disconnected). */
  retryable: boolean
  retry: () => void
  retryText: string
}

export type ConnectionStatusSlots = SlotsType<{
  /** Replaces the indicator, label and retry button; the root then is the polite status region. */
  content: ConnectionStatusContent
}>

/** A badge for the connection state; the label is a polite status region. */
export const ConnectionStatusView = /* @__PURE__ */ defineComponent({
  name: 'ConnectionStatusView',
  props: {
    /** The connection state: initialized, connecting, connected, unavailable, failed or disconnected. */
    state: { type: String as PropType<ConnectionState>, required: true },
    /** Strings over the app-wide ones: one per state, plus `retry`. */
    labels: Object as PropType<Partial<ConnectionLabels>>,
  },
  /** `retry`: from the button shown when the state is unavailable, failed or disconnected. */
  emits: { retry: () => true },
  slots: Object as ConnectionStatusSlots,
  setup(props, { emit, slots }) {
    const config = useChannelKitUI()
    const retry = () => emit('retry')
    return () => {
      const ui = connectionStatus({
        state: props.state,
        labels: props.labels,
        ui: config.value,
        custom: slots.content !== undefined,
      })
      return h(
        'div',
        ui.rootProps,
        slots.content
          ? slots.content({
              state: props.state,
              text: ui.text,
              retryable: ui.retryable,
              retry,
              retryText: ui.retryText,
            })
          : [
              h('span', ui.indicatorProps),
              h('span', ui.labelProps, ui.text),
              ui.retryable ? h('button', { ...ui.retryProps, onClick: retry }, ui.retryText) : null,
            ],
      )
    }
  },
})
