import type { TypingOptions } from '@channelkit/core'
import type { TypingLabels } from '@channelkit/core/ui'
import { useTyping } from '@channelkit/vue'
import { defineComponent, h, type PropType } from 'vue'
import { type TypingIndicatorSlots, TypingIndicatorView } from './TypingIndicatorView'

/** Who is typing on a channel; entries expire (core's typing store). */
export const TypingIndicator = /* @__PURE__ */ defineComponent({
  name: 'TypingIndicator',
  props: {
    /** A private or presence channel. */
    channel: { type: String, required: true },
    /** Event name, expiry and, on private channels, who you are (`user`). Read once. */
    options: Object as PropType<TypingOptions>,
    /** The current user's id: never shown (default: `options.user.id`; presence channels know it anyway). */
    me: String,
    /** Strings over the app-wide ones: `someone`, `one`, `two`, `three`, `many`. */
    labels: Object as PropType<Partial<TypingLabels>>,
  },
  slots: Object as TypingIndicatorSlots,
  setup(props, { slots }) {
    const { typing } = useTyping(() => props.channel, props.options)
    return () =>
      h(
        TypingIndicatorView,
        { typists: typing.value, me: props.me ?? props.options?.user?.id, labels: props.labels },
        slots,
      )
  },
})
