import { ConnectionStatusView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { connectionStatusMeta, connectionStatusStories as stories } from '../../shared/meta/ConnectionStatus'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the Vue twin.
const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatusView,
  ...connectionStatusMeta,
} satisfies Meta<typeof ConnectionStatusView>

export default meta
type Story = StoryObj<typeof meta>

export const Connected: Story = {}
export const Initialized: Story = { ...stories.Initialized }
export const Connecting: Story = { ...stories.Connecting }
export const Unavailable: Story = { ...stories.Unavailable }
export const Failed: Story = { ...stories.Failed }
export const Disconnected: Story = { ...stories.Disconnected }
export const CustomContent: Story = {
  ...stories.CustomContent,
  args: {
    ...stories.CustomContent.args,
    renderContent: ({ text, retryable, retry }) => (
      <>
        <b>{text}</b>
        {retryable && (
          <button type="button" className="ck-connection-status-retry" onClick={retry}>
            Reconnect now
          </button>
        )}
      </>
    ),
  },
}
