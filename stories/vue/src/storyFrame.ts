import type { Decorator } from '@storybook/vue3-vite'
import { h } from 'vue'

/** Gives a fixed-position component (the toast stack) a frame to sit in on the docs page. */
export const withStoryFrame: Decorator = (story) => {
  const Story = story()
  return { setup: () => () => h('div', { class: 'ck-story-frame' }, [h(Story)]) }
}
