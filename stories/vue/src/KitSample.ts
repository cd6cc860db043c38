import {
  ConnectionStatusView,
  LiveNotificationsView,
  OnlineUsersView,
  TypingIndicatorView,
} from '@channelkit/vue-ui'
import { defineComponent, h, type VNode } from 'vue'
import { sample } from '../../shared/meta/Tests'

/** Every component in a telling state, for the Tests stories; the `toast` slot goes into each toast. */
export const KitSample = defineComponent({
  name: 'KitSample',
  setup(_, { slots }) {
    return () =>
      h('div', { class: 'ck-story-frame ck-sample' }, [
        h(ConnectionStatusView, sample.connection),
        h(OnlineUsersView, sample.online),
        h(OnlineUsersView, sample.list),
        h(TypingIndicatorView, sample.typing),
        h(
          LiveNotificationsView,
          { notifications: sample.notifications },
          slots.toast ? { notification: () => slots.toast?.() as VNode[] } : undefined,
        ),
      ])
  },
})
