import type { Meta, StoryObj } from '@storybook/react-vite'
import { withDevtools } from '../../shared/devtools/withDevtoolsReact'
import { liveRoomMeta } from '../../shared/meta/LiveRoom'
import { LiveControlPanel, LiveProvider, LiveRoom } from './LiveRoom'

// Storybook indexes this file statically, so title, component and each story export (name, play) stay here;
// args, argTypes and parameters come from shared/meta, as in the Vue twin.
const meta = {
  title: 'Live/Room',
  component: LiveRoom,
  tags: ['!autodocs', 'live'],
  ...liveRoomMeta,
  // The devtools panel is the debug view; it sits inside the kit, so it comes first (innermost).
  decorators: [
    withDevtools,
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
      <LiveControlPanel />
    </div>
  ),
}

export const Debug: Story = {
  render: () => <p>The devtools panel below shows this story’s kit: connection, channels, roster, events.</p>,
}
