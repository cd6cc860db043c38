import { type TypingLabels, type Typist, typingIndicator } from '@channelkit/core/ui'
import { defineComponent, h, type PropType, type SlotsType } from 'vue'
import { useChannelKitUI } from './channelKitUI'

/** What the `#content` slot of `TypingIndicator` receives. */
export interface TypingIndicatorContent {
  /** "Alice and Bob are typing…", '' when nobody is. */
  text: string
  /** Who is typing, the current user left out. */
  typists: readonly Typist[]
}

export type TypingIndicatorSlots = SlotsType<{
  /** Replaces the dots and the sentence, inside the polite live region. */
  content: TypingIndicatorContent
}>

/**
 * "Alice and Bob are typing…". The polite live region stays mounted (empty when nobody types) and its
 * text only changes with the sentence, so screen readers hear each change once.
 */
export const TypingIndicatorView = /* @__PURE__ */ defineComponent({
  name: 'TypingIndicatorView',
  props: {
    /** Who is typing, in order (core's `typing` snapshot or any `{ id, name }` list). */
    typists: { type: Array as PropType<readonly Typist[]>, required: true },
    /** The current user's id: never shown. */
    me: String,
    /** Strings over the app-wide ones: `someone`, `one`, `two`, `three`, `many`. */
    labels: Object as PropType<Partial<TypingLabels>>,
  },
  slots: Object as TypingIndicatorSlots,
  setup(props, { slots }) {
    const config = useChannelKitUI()
    return () => {
      const ui = typingIndicator({
        typists: props.typists,
        me: props.me,
        labels: props.labels,
        ui: config.value,
      })
      return h(
        'div',
        ui.rootProps,
        slots.content
          ? slots.content({ text: ui.text, typists: ui.typists })
          : [
              ui.text ? h('span', ui.dotsProps, [h('span'), h('span'), h('span')]) : null,
              h('span', ui.textProps, ui.text),
            ],
      )
    }
  },
})
