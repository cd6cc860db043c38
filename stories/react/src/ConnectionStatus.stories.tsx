import { ConnectionStatusView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'

const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatusView,
  args: { state: 'connected', onRetry: fn() },
  argTypes: {
    state: {
      control: 'select',
      options: ['initialized', 'connecting', 'connected', 'unavailable', 'failed', 'disconnected'],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A badge for the connection state, with Retry when unavailable, failed or disconnected. `ConnectionStatus` (connected) follows the kit.',
      },
    },
  },
} satisfies Meta<typeof ConnectionStatusView>

export default meta
type Story = StoryObj<typeof meta>

export const Initialized: Story = { args: { state: 'initialized' } }
export const Connecting: Story = { args: { state: 'connecting' } }
export const Connected: Story = {}
export const Unavailable: Story = { args: { state: 'unavailable' } }
export const Failed: Story = { args: { state: 'failed' } }
export const Disconnected: Story = { args: { state: 'disconnected' } }
