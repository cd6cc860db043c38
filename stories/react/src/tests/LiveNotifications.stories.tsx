import { LiveNotificationsView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  hostileLiveNotificationsMeta,
  hostileLiveNotificationsStories as stories,
} from '../../../shared/meta/LiveNotifications'
import { withStoryFrame } from '../storyFrame'

// Under Tests: content no designer would pick, checked by e2e/uiSafety.test.ts.
const meta = {
  title: 'Tests/LiveNotifications',
  tags: ['!autodocs'],
  component: LiveNotificationsView,
  ...hostileLiveNotificationsMeta,
  decorators: [withStoryFrame],
} satisfies Meta<typeof LiveNotificationsView>

export default meta
type Story = StoryObj<typeof meta>

export const HostileContent: Story = { ...stories.HostileContent, name: 'Hostile content' }
