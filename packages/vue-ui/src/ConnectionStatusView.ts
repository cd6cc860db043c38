import { type ConnectionLabels, type ConnectionState, defaultLabels, isRetryable } from '@channelkit/core'
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
      const text = { ...defaultLabels.connection, ...props.labels }
      return h(
        'div',
        {
          class: 'ck-connection-status',
          'data-ck-scope': 'connection-status',
          'data-ck-part': 'root',
          'data-ck-state': props.state,
        },
        [
          h('span', {
            class: 'ck-connection-status-indicator',
            'data-ck-part': 'indicator',
            'aria-hidden': 'true',
          }),
          h(
            'span',
            { class: 'ck-connection-status-label', 'data-ck-part': 'label', role: 'status' },
            text[props.state],
          ),
          isRetryable(props.state)
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'ck-connection-status-retry',
                  'data-ck-part': 'retry',
                  onClick: () => emit('retry'),
                },
                text.retry,
              )
            : null,
        ],
      )
    }
  },
})
