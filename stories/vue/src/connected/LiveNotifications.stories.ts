import { LiveNotifications } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { connectedMeta } from '../../../shared/meta/Connected'
import { withLiveKit } from '../LiveRoom'
import { withStoryFrame } from '../storyFrame'

// The connected component, live: its docs page lists its props. Tags stay here: Storybook reads them statically.
const meta = {
  title: 'Connected/LiveNotifications',
  tags: ['live'],
  component: LiveNotifications,
  ...connectedMeta.LiveNotifications,
  decorators: [withLiveKit, withStoryFrame],
} satisfies Meta<typeof LiveNotifications>

export default meta
type Story = StoryObj<typeof meta>

export const Live: Story = {}
