import type { Meta, StoryObj } from '@storybook/react-vite'
import { liveChannels } from '../../shared/liveChannels'
import { DebugView } from './DebugView'
import { LiveControlPanel, LiveProvider, LiveRoom } from './LiveRoom'

/**
 * Live stories connect to the local server started by `pnpm dev` (ws://127.0.0.1:6001, control endpoint on
 * 6002). Use the control panel to add simulated members, make them type, push notifications or trigger any event.
 */
const meta = {
  title: 'Live/Room',
  component: LiveRoom,
  tags: ['!autodocs', 'live'],
  args: { max: 5, variant: 'list', notificationsMax: 3, duration: 5000, debug: true },
  argTypes: { variant: { control: 'inline-radio', options: ['stack', 'list'] } },
  decorators: [
    (Story) => (
      <LiveProvider>
        <Story />
      </LiveProvider>
    ),
  ],
  parameters: { layout: 'padded' },
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
