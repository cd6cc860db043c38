import { TypingIndicatorView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  hostileTypingIndicatorMeta,
  hostileTypingIndicatorStories as stories,
} from '../../../shared/meta/TypingIndicator'

// Same title as TypingIndicator.stories.tsx: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/TypingIndicator',
  component: TypingIndicatorView,
  ...hostileTypingIndicatorMeta,
} satisfies Meta<typeof TypingIndicatorView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
