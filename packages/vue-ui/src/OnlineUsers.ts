import type { MemberDisplay, OnlineUsersLabels } from '@channelkit/core/ui'
import { usePresence } from '@channelkit/vue'
import { defineComponent, h, type PropType, type SlotsType } from 'vue'
import { OnlineUsersView } from './OnlineUsersView'

/** Who is online on a presence channel, subscribed while mounted. */
export const OnlineUsers = /* @__PURE__ */ defineComponent({
  name: 'OnlineUsers',
  props: {
    /** A presence channel (`presence-…`). */
    channel: { type: String, required: true },
    /** Show at most this many; the rest go behind a "+N" button. */
    max: Number,
    /** 'stack' (default) or 'list'. */
    variant: { type: String as PropType<'stack' | 'list'>, default: 'stack' },
    labels: Object as PropType<Partial<OnlineUsersLabels>>,
  },
  slots: Object as SlotsType<{ item: MemberDisplay }>,
  setup(props, { slots }) {
    const presence = usePresence(() => props.channel)
    return () => {
      const { members, me, status } = presence.value
      const { max, variant, labels } = props
      return h(OnlineUsersView, { members, me: me?.id, status, max, variant, labels }, slots)
    }
  },
})
