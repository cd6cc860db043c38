import type { Decorator } from '@storybook/react-vite'

/** Gives a fixed-position component (the toast stack) a frame to sit in on the docs page. */
export const withStoryFrame: Decorator = (Story) => (
  <div className="ck-story-frame">
    <Story />
  </div>
)
