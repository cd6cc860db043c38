import { ChannelKitUIProvider } from '@channelkit/vue-ui'
import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { appSettings, scopesMeta, scopesStories as stories } from '../../../shared/meta/Tests'
import { KitSample } from '../KitSample'

// Under Tests: the kit inside an app's page, checked by e2e (axe in both themes, user content untouched).
const meta = { title: 'Tests/Scopes', tags: ['!autodocs'], ...scopesMeta } satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

const userButton = () => h('button', { type: 'button' }, 'View invoice')

export const ThemeScope: Story = {
  ...stories.ThemeScope,
  render:
    (_, { globals }) =>
    () =>
      h('div', { 'data-theme': globals.theme === 'dark' ? 'light' : 'dark', class: 'ck-test-scope' }, [
        h(KitSample),
      ]),
}

export const UserContent: Story = {
  ...stories.UserContent,
  render: () => () => [
    h('p', { class: 'ck-test-outside' }, ['Outside the kit: ', userButton()]),
    h(KitSample, null, { toast: () => h('p', { class: 'ck-test-inside' }, ['Invoice paid ', userButton()]) }),
  ],
}

export const AppSettings: Story = {
  ...stories.AppSettings,
  render: () => () =>
    appSettings.map(({ title, config }) =>
      h('section', { key: title, 'aria-label': title }, [
        h('h3', title),
        h(ChannelKitUIProvider, config, { default: () => h(KitSample) }),
      ]),
    ),
}
