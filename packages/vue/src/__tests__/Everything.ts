import { defineComponent, h } from 'vue'
import {
  useChannel,
  useClientTrigger,
  useConnectionState,
  useEvent,
  useNotifications,
  usePresence,
  usePusher,
  useTyping,
  useUser,
  useWatchlist,
} from '..'

/** Uses every composable and renders what each returns. */
export const Everything = defineComponent({
  setup() {
    usePusher()
    const connection = useConnectionState((s) => s.state)
    const { status } = useChannel('private-ssr')
    useEvent('private-ssr', 'message', () => {})
    const count = usePresence('presence-ssr', (s) => s.count)
    useClientTrigger('private-ssr')
    const { typing } = useTyping('presence-ssr')
    const { visible } = useNotifications('alerts', 'alert')
    const user = useUser()
    const watchlist = useWatchlist()
    return () =>
      h('dl', [
        h('dt', 'connection'),
        h('dd', { 'data-testid': 'connection' }, connection.value),
        h('dt', 'channel'),
        h('dd', { 'data-testid': 'channel' }, status.value),
        h('dt', 'members'),
        h('dd', { 'data-testid': 'members' }, String(count.value)),
        h('dt', 'typing'),
        h('dd', typing.value.length),
        h('dt', 'notifications'),
        h('dd', visible.value.length),
        h('dt', 'user'),
        h('dd', { 'data-testid': 'user' }, user.status.value),
        h('dt', 'online'),
        h('dd', watchlist.value.online.join(',')),
      ])
  },
})
