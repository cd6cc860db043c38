import { userStore, watchlistStore } from '@channelkit/core'
import type { LocalServer } from '@channelkit/server'
import { kitFixture } from '@channelkit/test-scenarios'
import { alice, bob, carol } from '@channelkit/test-utils'
import { type CycleFigures, runCycles } from '@channelkit/test-utils/cycles'
import { createApp, defineComponent, h, nextTick, ref } from 'vue'
import {
  ChannelKitPlugin,
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

const dave = { id: 'dave', info: { name: 'Dave' } }

/** Every composable on `private-${room}` / `presence-${room}`, printed as `<dt>label</dt><dd>value</dd>`. */
const AllComposables = defineComponent({
  props: { room: { type: String, required: true } },
  setup(props) {
    const privateName = () => `private-${props.room}`
    const presenceName = () => `presence-${props.room}`
    const kit = usePusher()
    const connection = useConnectionState()
    const { status } = useChannel(privateName)
    const presence = usePresence(presenceName)
    const count = usePresence(presenceName, (s) => s.count)
    useEvent(privateName, 'message', () => {})
    useEvent(privateName, null, () => {})
    const trigger = useClientTrigger(privateName)
    const { typing } = useTyping(presenceName)
    const { visible } = useNotifications(privateName, 'alert')
    const user = useUser()
    const watchlist = useWatchlist()
    const row = (label: string, value: unknown) => [h('dt', label), h('dd', String(value))]
    return () =>
      h('dl', [
        ...row('kit', typeof kit.channel),
        ...row('connection', connection.value.state),
        ...row('channel', status.value),
        ...row('presence', `${presence.value.status} ${count.value}`),
        ...row('trigger', typeof trigger),
        ...row('typing', typing.value.length),
        ...row('toasts', visible.value.length),
        ...row('user', user.status.value),
        ...row('watchlist', watchlist.value.online.length),
      ])
  },
})

/**
 * `runCycles` on a new app per cycle (plugin with the kit, every composable) against `server`, in one
 * reused container. Used by cycles.test.ts (short) and `pnpm soak` (cycles.soak.ts).
 */
export async function appCycles(
  server: LocalServer,
  counts: { cycles: number; warmup: number },
): Promise<CycleFigures> {
  const live = kitFixture(() => server)
  const container = document.body.appendChild(document.createElement('div'))
  live.defer(() => container.remove())
  try {
    const kit = live.kit(alice)
    // The user features attach once per kit, on first use: part of the baseline, as in an app that signs in.
    userStore(kit)
    watchlistStore(kit)
    kit.connect()
    const mount = (initial: string) => {
      const room = ref(initial)
      const app = createApp({ render: () => h(AllComposables, { room: room.value }) })
      app.use(ChannelKitPlugin, { kit }).mount(container)
      return {
        container,
        rerender: (next: string) => {
          room.value = next
          return nextTick()
        },
        unmount: () => app.unmount(),
      }
    }
    const typists = [bob, carol, dave].map((user) => live.client(user))
    return await runCycles({ kit, server, typists, mount, ...counts })
  } finally {
    await live.cleanup()
  }
}
