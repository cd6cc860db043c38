import { createChannelKit } from '@channelkit/core'
import { provideChannelKit } from '@channelkit/vue'
import {
  ConnectionStatus,
  LiveNotifications,
  OnlineUsers,
  TypingIndicator,
  useTypingInput,
} from '@channelkit/vue-ui'
import { type Component, defineComponent, h, onUnmounted, type PropType, ref } from 'vue'
import { liveChannels } from '../../shared/liveChannels'
import { liveConfig } from '../../shared/liveConfig'
import { designer, liveKitOptions } from '../../shared/liveKitOptions'
import { ControlPanel } from './ControlPanel'

/** A decorator: a kit connected to the local server as the designer, destroyed with the story. */
export const withLiveKit = (story: () => Component) => {
  const Story = story()
  return {
    setup() {
      const kit = createChannelKit(liveKitOptions(liveConfig()))
      provideChannelKit(kit)
      onUnmounted(() => kit.destroy())
      return () => h(Story)
    },
  }
}

export const LiveControlPanel = defineComponent({
  name: 'LiveControlPanel',
  setup() {
    const { controlUrl } = liveConfig()
    return () =>
      h(ControlPanel, {
        controlUrl,
        presenceChannel: liveChannels.presence,
        channel: liveChannels.notifications,
        event: liveChannels.notificationEvent,
      })
  },
})

/** Every connected component on the live channels, the control panel beside them. */
export const LiveRoom = defineComponent({
  name: 'LiveRoom',
  props: {
    max: { type: Number, default: 5 },
    variant: { type: String as PropType<'stack' | 'list'>, default: 'list' },
    notificationsMax: { type: Number, default: 3 },
    duration: { type: Number, default: 5000 },
    /** Open the devtools panel (the `withDevtools` decorator reads it). */
    debug: { type: Boolean, default: true },
  },
  setup(props) {
    const typing = useTypingInput(liveChannels.presence)
    const draft = ref('')
    return () =>
      h('div', { class: 'ck-live' }, [
        h('div', { class: 'ck-live-stage' }, [
          h(ConnectionStatus),
          h(OnlineUsers, { channel: liveChannels.presence, max: props.max, variant: props.variant }),
          h(TypingIndicator, { channel: liveChannels.presence }),
          h('label', { class: 'ck-dev-field' }, [
            h('span', `Type here to announce typing as ${designer.info.name}`),
            h('input', {
              value: draft.value,
              ...typing.inputProps,
              onInput: (event: Event) => {
                draft.value = (event.target as HTMLInputElement).value
                typing.start()
              },
              onKeydown: (event: KeyboardEvent) => {
                if (event.key !== 'Enter') return
                draft.value = ''
                typing.stop()
              },
            }),
          ]),
        ]),
        h(LiveControlPanel),
        // The toasts' own area (a containing block for the fixed stack): they never cover the panel.
        h('section', { class: 'ck-live-toasts', 'aria-label': 'Toasts area' }, [
          h(LiveNotifications, {
            channel: liveChannels.notifications,
            event: liveChannels.notificationEvent,
            max: props.notificationsMax,
            duration: props.duration,
          }),
        ]),
      ])
  },
})
