import type { ConnectionSnapshot } from '@channelkit/core'
import type { ConnectionLabels } from '@channelkit/core/ui'
import { useConnectionState, usePusher } from '@channelkit/vue'
import { defineComponent, h, type PropType } from 'vue'
import { type ConnectionStatusSlots, ConnectionStatusView } from './ConnectionStatusView'

const selectState = (snapshot: ConnectionSnapshot) => snapshot.state

/** The kit's connection state; retry reconnects now (`kit.connect()`, restarting a pending attempt). */
export const ConnectionStatus = /* @__PURE__ */ defineComponent({
  name: 'ConnectionStatus',
  props: {
    /** Strings over the app-wide ones: one per state, plus `retry`. */
    labels: Object as PropType<Partial<ConnectionLabels>>,
  },
  slots: Object as ConnectionStatusSlots,
  setup(props, { slots }) {
    const kit = usePusher()
    const state = useConnectionState(selectState)
    return () =>
      h(
        ConnectionStatusView,
        { state: state.value, labels: props.labels, onRetry: () => kit.connect() },
        slots,
      )
  },
})
