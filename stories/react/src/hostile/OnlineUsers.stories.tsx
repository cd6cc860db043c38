import { OnlineUsersView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { hostileMe, hostileMembers } from '../../../shared/hostile'

// Same title as OnlineUsers.stories.tsx: these stories join its sidebar entry and docs page.
const meta = {
  title: 'Components/OnlineUsers',
  component: OnlineUsersView,
  args: { members: hostileMembers, me: hostileMe, max: 4, variant: 'list' },
} satisfies Meta<typeof OnlineUsersView>

export default meta
type Story = StoryObj<typeof meta>

/** Names with markup and script, 500 unbroken characters, RTL, a bidi override, emoji: inert text, ellipsized. */
export const HostileContent: Story = {
  name: 'Hostile content',
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '4 people more' }))
    await expect(within(canvasElement).getByRole('list', { name: 'More people online' })).toBeVisible()
  },
}
export const HostileContentStack: Story = { name: 'Hostile content (stack)', args: { variant: 'stack' } }
