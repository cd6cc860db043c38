import { defaultLabels, type TypingLabels, typingText } from '@channelkit/core'
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
      const text = typingText(props.typists, { ...defaultLabels.typing, ...props.labels }, props.me)
      return h(
        'div',
        {
          class: 'ck-typing-indicator',
          'data-ck-scope': 'typing-indicator',
          'data-ck-part': 'root',
          'data-ck-state': text ? 'typing' : 'idle',
          'aria-live': 'polite',
          'aria-atomic': 'true',
        },
        [
          text
            ? h(
                'span',
                { class: 'ck-typing-indicator-dots', 'data-ck-part': 'dots', 'aria-hidden': 'true' },
                [h('span'), h('span'), h('span')],
              )
            : null,
          h('span', { class: 'ck-typing-indicator-text', 'data-ck-part': 'text' }, text),
        ],
      )
    }
  },
})
