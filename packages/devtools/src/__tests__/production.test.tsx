import { render as renderReact } from '@testing-library/react'
import { render as renderVue } from '@testing-library/vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The entries read NODE_ENV once, as they are loaded: load them (and the one core they share) again
// under 'production'.
describe('in a production build', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })
  const kit = async () => {
    const { createChannelKit } = await import('@channelkit/core')
    // A kit that never connects: what matters here is what renders.
    return createChannelKit({ key: 'k', cluster: 'mt1', server: true, onError: () => {} })
  }

  it('React: <ChannelKitDevtools /> renders nothing; the production entry renders the devtools', async () => {
    const { ChannelKitProvider } = await import('@channelkit/react')
    const { ChannelKitDevtools } = await import('../react')
    const { ChannelKitDevtools: Always } = await import('../react/production')
    const k = await kit()
    const { container } = renderReact(
      <ChannelKitProvider kit={k}>
        <ChannelKitDevtools initialIsOpen />
      </ChannelKitProvider>,
    )
    expect(container.innerHTML).toBe('')
    const always = renderReact(<Always kit={k} />)
    await always.findByRole('button', { name: 'ChannelKit devtools' })
  })

  it('Vue: ChannelKitDevtools renders nothing; the production entry renders the devtools', async () => {
    const { ChannelKitPlugin } = await import('@channelkit/vue')
    const { ChannelKitDevtools } = await import('../vue')
    const { ChannelKitDevtools: Always } = await import('../vue/production')
    const k = await kit()
    const { container } = renderVue(ChannelKitDevtools, {
      props: { initialIsOpen: true },
      global: { plugins: [[ChannelKitPlugin, { kit: k }]] },
    })
    expect(container.querySelector('*')).toBeNull()
    expect(container.textContent).toBe('')
    const always = renderVue(Always, { props: { kit: k } })
    await always.findByRole('button', { name: 'ChannelKit devtools' })
  })
})
