import { TypingIndicatorView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import {
  hostileTypingIndicatorMeta,
  hostileTypingIndicatorStories as stories,
} from '../../../shared/meta/TypingIndicator'

// Under Tests: content no designer would pick, checked by e2e/uiSafety.test.ts.
const meta = {
  title: 'Tests/TypingIndicator',
  tags: ['!autodocs'],
  component: TypingIndicatorView,
  ...hostileTypingIndicatorMeta,
} satisfies Meta<typeof TypingIndicatorView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
