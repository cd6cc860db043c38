import type { AvatarSize, OnlineUsersLabels } from '@channelkit/core/ui'
import { usePresence } from '@channelkit/vue'
import { defineComponent, h, type PropType } from 'vue'
import { type OnlineUsersSlots, OnlineUsersView } from './OnlineUsersView'

/** Who is online on a presence channel, subscribed while mounted; stale (greyed, announced) while reconnecting. */
export const OnlineUsers = /* @__PURE__ */ defineComponent({
  name: 'OnlineUsers',
  props: {
    /** A presence channel (`presence-…`). */
    channel: { type: String, required: true },
    /** Show at most this many; the rest go behind a "+N" button. */
    max: Number,
    /** 'stack' (default): overlapping avatars; 'list': avatar and name rows. */
    variant: { type: String as PropType<'stack' | 'list'>, default: 'stack' },
    /** Avatar size: 'sm', 'md' (default) or 'lg'. */
    size: { type: String as PropType<AvatarSize>, default: 'md' },
    /** Strings over the app-wide ones (see `OnlineUsersView`). */
    labels: Object as PropType<Partial<OnlineUsersLabels>>,
  },
  slots: Object as OnlineUsersSlots,
  setup(props, { slots }) {
    const presence = usePresence(() => props.channel)
    return () => {
      const { members, me, status, stale } = presence.value
      const { max, variant, size, labels } = props
      return h(OnlineUsersView, { members, me: me?.id, status, stale, max, variant, size, labels }, slots)
    }
  },
})
