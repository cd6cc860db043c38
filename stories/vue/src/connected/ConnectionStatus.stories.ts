import { ConnectionStatus } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { connectedMeta } from '../../../shared/meta/Connected'
import { withLiveKit } from '../LiveRoom'

// The connected component, live: its docs page lists its props.
const meta = {
  title: 'Connected/ConnectionStatus',
  component: ConnectionStatus,
  ...connectedMeta.ConnectionStatus,
  decorators: [withLiveKit],
} satisfies Meta<typeof ConnectionStatus>

export default meta
type Story = StoryObj<typeof meta>

export const Live: Story = {}
