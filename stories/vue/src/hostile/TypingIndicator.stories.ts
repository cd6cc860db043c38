import { TypingIndicatorView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { hostileTypists } from '../../../shared/hostile'

// Same title as TypingIndicator.stories.ts: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/TypingIndicator',
  component: TypingIndicatorView,
  args: { typists: hostileTypists },
} satisfies Meta<typeof TypingIndicatorView>

export default meta
type Story = StoryObj<typeof meta>

/** Typists named with markup, a bidi override and 500 unbroken characters: one line of inert text. */
export const HostileContent: Story = { name: 'Hostile content' }
