import { OnlineUsersView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  hostileOnlineUsersMeta,
  openOverflow,
  hostileOnlineUsersStories as stories,
} from '../../../shared/meta/OnlineUsers'

// Under Tests: content no designer would pick, checked by e2e/uiSafety.test.ts.
const meta = {
  title: 'Tests/OnlineUsers',
  tags: ['!autodocs'],
  component: OnlineUsersView,
  ...hostileOnlineUsersMeta,
} satisfies Meta<typeof OnlineUsersView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = {
  ...stories.HostileContent,
  name: 'Hostile content',
  play: openOverflow,
}
export const HostileContentStack: Story = { ...stories.HostileContentStack, name: 'Hostile content (stack)' }
