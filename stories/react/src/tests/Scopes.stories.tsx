import { ChannelKitUIProvider } from '@channelkit/react-ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { appSettings, scopesMeta, scopesStories as stories } from '../../../shared/meta/Tests'
import { KitSample } from '../KitSample'

// Under Tests: the kit inside an app's page, checked by e2e (axe in both themes, user content untouched).
const meta = { title: 'Tests/Scopes', tags: ['!autodocs'], ...scopesMeta } satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const ThemeScope: Story = {
  ...stories.ThemeScope,
  render: (_, { globals }) => (
    <div data-theme={globals.theme === 'dark' ? 'light' : 'dark'} className="ck-test-scope">
      <KitSample />
    </div>
  ),
}

export const UserContent: Story = {
  ...stories.UserContent,
  render: () => (
    <>
      <p className="ck-test-outside">
        Outside the kit: <button type="button">View invoice</button>
      </p>
      <KitSample
        toast={
          <p className="ck-test-inside">
            Invoice paid <button type="button">View invoice</button>
          </p>
        }
      />
    </>
  ),
}

export const AppSettings: Story = {
  ...stories.AppSettings,
  render: () => (
    <>
      {appSettings.map(({ title, config }) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <ChannelKitUIProvider {...config}>
            <KitSample />
          </ChannelKitUIProvider>
        </section>
      ))}
    </>
  ),
}
