import { TypingIndicatorView } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { alice, bob, carol, dave, erin, typist } from '../../shared/fixtures'

const meta = {
  title: 'Components/TypingIndicator',
  component: TypingIndicatorView,
  args: { typists: [typist(alice)] },
  parameters: {
    docs: {
      description: {
        component:
          'Who is typing on a private or presence channel; never the current user. `TypingIndicator` (connected) renders this view; pair it with `useTypingInput` on the input.',
      },
    },
  },
} satisfies Meta<typeof TypingIndicatorView>

export default meta
type Story = StoryObj<typeof meta>

export const Nobody: Story = { args: { typists: [] } }
export const One: Story = {}
export const Two: Story = { args: { typists: [typist(alice), typist(bob)] } }
export const Three: Story = { args: { typists: [typist(alice), typist(bob), typist(carol)] } }
export const Many: Story = { args: { typists: [alice, bob, carol, dave, erin].map(typist) } }
export const WithoutName: Story = { args: { typists: [{ id: 'user-42' }] } }
export const CurrentUserHidden: Story = {
  name: 'Current user hidden',
  args: { typists: [typist(alice), typist(bob)], me: alice.id },
}
export const Translated: Story = {
  args: { typists: [typist(alice)], labels: { one: (name: string) => `${name} schreibt…` } },
}
