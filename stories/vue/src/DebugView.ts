import type { Member } from '@channelkit/core'
import { useChannel, useConnectionState, useEvent, usePresence, usePusher } from '@channelkit/vue'
import { defineComponent, h, type PropType, ref, watch } from 'vue'
import { type LoggedEvent, logEvent } from '../../shared/liveChannels'
import { memberChanges } from '../../shared/memberLog'

const MAX_EVENTS = 30

const SubscriptionRow = defineComponent({
  name: 'SubscriptionRow',
  props: { channel: { type: String, required: true } },
  emits: { event: (entry: LoggedEvent) => typeof entry === 'object' },
  setup(props, { emit }) {
    const { status, subscriptionCount, error } = useChannel(() => props.channel)
    useEvent(
      () => props.channel,
      null,
      (event: string, data: unknown) => emit('event', logEvent(props.channel, event, data)),
    )
    return () =>
      h('tr', { 'data-channel': props.channel }, [
        h('td', props.channel),
        h('td', { 'data-ck-dev': 'status' }, status.value),
        h('td', String(subscriptionCount.value ?? '–')),
        h('td', error.value ? JSON.stringify(error.value) : ''),
      ])
  },
})

/** Who is on a presence channel; joins and leaves go to the event log. */
const MemberList = defineComponent({
  name: 'MemberList',
  props: { channel: { type: String, required: true } },
  emits: { event: (entry: LoggedEvent) => typeof entry === 'object' },
  setup(props, { emit }) {
    const presence = usePresence(() => props.channel)
    let live: readonly Member[] | undefined
    watch(
      presence,
      ({ members, status }) => {
        if (status !== 'subscribed') return
        for (const entry of memberChanges(props.channel, live, members)) emit('event', entry)
        live = members
      },
      { immediate: true },
    )
    return () => {
      const { members } = presence.value
      return [
        h('h3', { id: 'ck-dev-members' }, `Members of ${props.channel} (${members.length})`),
        h(
          'ul',
          { class: 'ck-dev-roster', 'aria-labelledby': 'ck-dev-members', 'data-ck-dev': 'members' },
          members.map((member) =>
            h('li', { key: member.id }, (member.info as { name?: string } | undefined)?.name ?? member.id),
          ),
        ),
      ]
    }
  },
})

/**
 * Connection state, subscriptions, members and the events received on `channels`, for designers and tests.
 * Self-contained on purpose: the devtools panel (package `@channelkit/devtools`) will replace it.
 */
export const DebugView = defineComponent({
  name: 'DebugView',
  props: { channels: { type: Array as PropType<readonly string[]>, required: true } },
  setup(props) {
    const kit = usePusher()
    const connection = useConnectionState()
    const events = ref<LoggedEvent[]>([])
    const onEvent = (entry: LoggedEvent) => {
      events.value = [entry, ...events.value].slice(0, MAX_EVENTS)
    }
    const presence = props.channels.find((channel) => channel.startsWith('presence-'))
    return () => {
      const { state, previous, socketId } = connection.value
      return h('section', { class: 'ck-dev-debug', 'aria-label': 'Debug' }, [
        h('h2', 'Debug'),
        h('p', [
          'Connection: ',
          h('strong', { 'data-ck-dev': 'connection' }, state),
          previous ? ` (was ${previous})` : null,
          ` · socket ${socketId ?? '–'} `,
          h('button', { type: 'button', onClick: () => kit.disconnect() }, 'Disconnect'),
          ' ',
          h('button', { type: 'button', onClick: () => kit.connect() }, 'Connect'),
        ]),
        h('table', [
          h('caption', h('h3', 'Subscriptions')),
          h(
            'thead',
            h(
              'tr',
              ['Channel', 'Status', 'Subscribers', 'Error'].map((label) => h('th', { scope: 'col' }, label)),
            ),
          ),
          h(
            'tbody',
            props.channels.map((channel) => h(SubscriptionRow, { key: channel, channel, onEvent })),
          ),
        ]),
        presence ? h(MemberList, { channel: presence, onEvent }) : null,
        h('h3', { id: 'ck-dev-events' }, `Events received (${events.value.length})`),
        h(
          'ol',
          { class: 'ck-dev-events', 'aria-labelledby': 'ck-dev-events', 'data-ck-dev': 'events' },
          events.value.map((entry) =>
            h('li', { key: entry.seq, 'data-event': entry.event }, [
              `${entry.at} ${entry.channel} `,
              h('b', entry.event),
              ` ${entry.data}`,
            ]),
          ),
        ),
      ])
    }
  },
})
