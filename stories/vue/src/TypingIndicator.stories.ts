import type { TypingIndicatorContent } from '@channelkit/vue-ui'
import { TypingIndicatorView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { typingIndicatorStories as stories, typingIndicatorMeta } from '../../shared/meta/TypingIndicator'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the React twin.
const meta = {
  title: 'Components/TypingIndicator',
  component: TypingIndicatorView,
  ...typingIndicatorMeta,
} satisfies Meta<typeof TypingIndicatorView>

export default meta
type Story = StoryObj<typeof meta>

export const Two: Story = {}
export const One: Story = { ...stories.One }
export const Three: Story = { ...stories.Three }
export const Many: Story = { ...stories.Many }
export const Nobody: Story = { ...stories.Nobody }
export const WithoutName: Story = { ...stories.WithoutName }
export const CurrentUserHidden: Story = { ...stories.CurrentUserHidden, name: 'Current user hidden' }
export const CustomContent: Story = {
  ...stories.CustomContent,
  render: (args) => () =>
    h(TypingIndicatorView, args, {
      content: ({ text, typists }: TypingIndicatorContent) =>
        text ? h('span', [h('b', String(typists.length)), ` ${text}`]) : null,
    }),
}
export const Translated: Story = { ...stories.Translated }
