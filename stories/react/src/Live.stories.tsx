import type { Meta, StoryObj } from '@storybook/react-vite'
import { liveChannels } from '../../shared/liveChannels'
import { liveRoomMeta } from '../../shared/meta/LiveRoom'
import { DebugView } from './DebugView'
import { LiveControlPanel, LiveProvider, LiveRoom } from './LiveRoom'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the Vue twin.
const meta = {
  title: 'Live/Room',
  component: LiveRoom,
  tags: ['!autodocs', 'live'],
  ...liveRoomMeta,
  decorators: [
    (Story) => (
      <LiveProvider>
        <Story />
      </LiveProvider>
    ),
  ],
} satisfies Meta<typeof LiveRoom>

export default meta
type Story = StoryObj<typeof meta>

export const Playground: Story = {}

export const EventCreator: Story = {
  name: 'Event creator',
  render: () => (
    <div className="ck-live">
      <DebugView channels={[liveChannels.notifications]} />
      <LiveControlPanel />
    </div>
  ),
}

export const Debug: Story = {
  render: () => <DebugView channels={[liveChannels.presence, liveChannels.notifications]} />,
}
