import { OnlineUsersView } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { alice, anonymous, carol, crowd, many } from '../../shared/fixtures'

const meta = {
  title: 'Components/OnlineUsers',
  component: OnlineUsersView,
  args: { members: many, status: 'subscribed', variant: 'stack' },
  argTypes: {
    status: { control: 'inline-radio', options: ['subscribing', 'subscribed', 'error', 'unsubscribed'] },
    variant: { control: 'inline-radio', options: ['stack', 'list'] },
    max: { control: { type: 'number', min: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Who is online on a presence channel. `OnlineUsers` (connected: takes `channel`) renders this view from the live roster.',
      },
    },
  },
} satisfies Meta<typeof OnlineUsersView>

export default meta
type Story = StoryObj<typeof meta>

export const Empty: Story = { args: { members: [] } }
export const Loading: Story = { args: { members: [], status: 'subscribing' } }
export const One: Story = { args: { members: [alice] } }
export const Many: Story = {}
export const Overflow: Story = { args: { members: crowd, max: 4 } }
export const OverflowOpen: Story = {
  name: 'Overflow (open)',
  args: { members: crowd, max: 4 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: '4 people more' }))
    await expect(canvas.getByRole('list', { name: 'More people online' })).toBeVisible()
  },
}
export const Me: Story = { name: 'Current user marked', args: { me: carol.id } }
export const List: Story = { args: { members: [...many, anonymous], variant: 'list', me: carol.id } }
export const ListOverflow: Story = { args: { members: crowd, variant: 'list', max: 3, me: alice.id } }
export const ErrorState: Story = { name: 'Error', args: { members: [], status: 'error' } }
export const CustomItem: Story = {
  args: {
    variant: 'list',
    me: alice.id,
    renderItem: ({ name, initials, isMe }) => (
      <span>
        <b aria-hidden="true">{initials}</b> {name}
        {isMe && ' ★'}
      </span>
    ),
  },
}
export const UntrustedNames: Story = {
  name: 'Untrusted names (rendered as text)',
  args: {
    variant: 'list',
    members: [{ id: 'x', info: { name: '<img src=x onerror=alert(1)>' } }, alice],
  },
}
export const Translated: Story = {
  args: { labels: { count: (n) => `${n} en ligne`, you: '(vous)' }, me: alice.id, variant: 'list' },
}
