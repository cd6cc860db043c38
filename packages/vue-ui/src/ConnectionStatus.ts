import type { ConnectionSnapshot } from '@channelkit/core'
import type { ConnectionLabels } from '@channelkit/core/ui'
import { useConnectionState, usePusher } from '@channelkit/vue'
import { defineComponent, h, type PropType } from 'vue'
import { ConnectionStatusView } from './ConnectionStatusView'

const selectState = (snapshot: ConnectionSnapshot) => snapshot.state

/** The kit's connection state; retry reconnects now (`kit.connect()`, restarting a pending attempt). */
export const ConnectionStatus = /* @__PURE__ */ defineComponent({
  name: 'ConnectionStatus',
  props: { labels: Object as PropType<Partial<ConnectionLabels>> },
  setup(props) {
    const kit = usePusher()
    const state = useConnectionState(selectState)
    return () =>
      h(ConnectionStatusView, {
        state: state.value,
        labels: props.labels,
        onRetry: () => kit.connect(),
      })
  },
})
