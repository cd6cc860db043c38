import {
  connectionError,
  defineFaultScenarios,
  type Seen,
  see,
  shown,
} from '@channelkit/test-scenarios/faultScenarios'
import { cleanup, fireEvent, screen } from '@testing-library/vue'
import { defineComponent, h, type PropType, ref } from 'vue'
import {
  useChannel,
  useClientTrigger,
  useConnectionState,
  useEvent,
  usePresence,
  usePusher,
  useTyping,
  useUser,
} from '..'
import { renderWithKit } from './helpers'

// The components the shared fault scenarios mount (see FaultViews for what each shows).

const Connection = defineComponent({
  props: { seen: { type: Array as PropType<Seen>, default: undefined } },
  setup(props) {
    const connection = useConnectionState()
    const kit = usePusher()
    return () => {
      const { state } = connection.value
      const error = connectionError(connection.value.error)
      see(props.seen, state, error)
      return h('div', [
        h('p', { 'data-testid': 'connection' }, state),
        h('p', { 'data-testid': 'connection-error' }, error),
        h('button', { type: 'button', onClick: () => kit.connect() }, 'reconnect'),
      ])
    }
  },
})

const Room = defineComponent({
  props: {
    channel: { type: String, required: true },
    room: { type: String, required: true },
    seen: { type: Array as PropType<Seen>, required: true },
  },
  setup(props) {
    const privateChannel = useChannel(props.channel)
    const roster = usePresence(props.room)
    const { typing } = useTyping(props.room, { timeout: 1000 })
    const send = useClientTrigger(props.channel)
    const results = ref<string[]>([])
    const onClick = () => {
      results.value = [...results.value, send('client-message', { n: results.value.length + 1 })]
    }
    return () =>
      h('div', [
        h(Connection, { seen: props.seen }),
        h('p', { 'data-testid': 'private' }, shown(privateChannel.status.value, privateChannel.error.value)),
        h('p', { 'data-testid': 'presence' }, shown(roster.value.status, roster.value.error)),
        h('p', { 'data-testid': 'members' }, roster.value.members.map((m) => m.id).join(',')),
        h('p', { 'data-testid': 'typing' }, typing.value.map((t) => t.name).join(',')),
        h('button', { type: 'button', onClick }, 'send'),
        h('p', { 'data-testid': 'sent' }, results.value.join(',')),
      ])
  },
})

const Guarded = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const guarded = useChannel(props.channel)
    const results = ref<string[]>([])
    const send = () => {
      results.value = [...results.value, guarded.trigger('client-message', { n: results.value.length + 1 })]
    }
    return () =>
      h('div', [
        h('p', { 'data-testid': 'guarded' }, shown(guarded.status.value, guarded.error.value)),
        h('p', { 'data-testid': 'sent' }, results.value.join(',')),
        h('button', { type: 'button', onClick: send }, 'send'),
        h('button', { type: 'button', onClick: () => guarded.retry() }, 'retry'),
      ])
  },
})

const Healthy = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const healthy = useChannel(props.channel)
    const last = ref('')
    useEvent(props.channel, 'message', (data: { text: string }) => {
      last.value = data.text
    })
    return () =>
      h('div', [
        h('p', { 'data-testid': 'healthy' }, shown(healthy.status.value, healthy.error.value)),
        h('p', { 'data-testid': 'last' }, last.value),
      ])
  },
})

const Session = defineComponent({
  props: {
    channel: { type: String, required: true },
    seen: { type: Array as PropType<Seen>, default: undefined },
  },
  setup(props) {
    const privateChannel = useChannel(props.channel)
    const user = useUser()
    return () =>
      h('div', [
        h(Connection, { seen: props.seen }),
        h('p', { 'data-testid': 'private' }, shown(privateChannel.status.value, privateChannel.error.value)),
        h('p', { 'data-testid': 'user' }, user.status.value),
        h('button', { type: 'button', onClick: () => user.signin() }, 'sign in'),
      ])
  },
})

const views = { Room, Guarded, Healthy, Session }

defineFaultScenarios({
  framework: 'Vue',
  bindings: 'composables',
  mount: (kit, view, props) => renderWithKit(views[view], kit, props),
  text: (id) => screen.getByTestId(id).textContent,
  click: (name) => fireEvent.click(screen.getByRole('button', { name })),
  unmount: cleanup,
})
