import { type TypingLabels, typingIndicator } from '@channelkit/core/ui'
import { defineComponent, h, type PropType } from 'vue'

/**
 * "Alice and Bob are typing…". The polite live region stays mounted (empty when nobody types) and its
 * text only changes with the sentence, so screen readers hear each change once.
 */
export const TypingIndicatorView = /* @__PURE__ */ defineComponent({
  name: 'TypingIndicatorView',
  props: {
    /** Who is typing, in order (core's `typing` snapshot or any `{ id, name }` list). */
    typists: {
      type: Array as PropType<readonly { id: string; name?: string | undefined }[]>,
      required: true,
    },
    /** The current user's id: never shown. */
    me: String,
    labels: Object as PropType<Partial<TypingLabels>>,
  },
  setup(props) {
    return () => {
      const ui = typingIndicator(props.typists, props.me, props.labels)
      return h('div', ui.rootProps, [
        ui.text ? h('span', ui.dotsProps, [h('span'), h('span'), h('span')]) : null,
        h('span', ui.textProps, ui.text),
      ])
    }
  },
})
