import {
  type ChannelKit,
  type ChannelKitOptions,
  ChannelKitProvider,
  createChannelKit,
} from '@channelkit/react'
import {
  cleanup,
  type RenderHookOptions,
  type RenderHookResult,
  type RenderOptions,
  type RenderResult,
  renderHook as renderHookWithTestingLibrary,
  render as renderWithTestingLibrary,
} from '@testing-library/react'
import type { JSXElementConstructor, ReactElement, ReactNode } from 'react'
import { TestingError } from './TestingError'
import { own, type TestServer, type TestUser } from './testServer'

/** Who the kit signs in as, and ChannelKit options of the test's own (e.g. `releaseDelay`, `onError`). */
export interface TestKitOptions {
  /** Default: the server's `user` (`testUser`); `null`: nobody. */
  user?: TestUser | null
  kitOptions?: Partial<ChannelKitOptions>
}

/** A component that provides a kit connected to the test server; `kit` is that kit. */
export type TestWrapper = ((props: { children?: ReactNode }) => ReactElement) & { readonly kit: ChannelKit }

type Wrapper = JSXElementConstructor<{ children: ReactNode }>

function checked(server: TestServer | undefined, helper: string): TestServer {
  if (server && typeof server.kitOptions === 'function') return server
  throw new TestingError(
    'invalid_argument',
    `${helper} needs the test server: pass { server } from setupTestServer() or createTestServer().`,
  )
}

/**
 * A ChannelKit connected to the test server as `user`, for a provider of your own. At `server.reset()`
 * Testing Library's trees unmount, then the kit is destroyed.
 */
export function createTestKit(server: TestServer, { user, kitOptions }: TestKitOptions = {}): ChannelKit {
  const kit = createChannelKit({ ...checked(server, 'createTestKit()').kitOptions(user), ...kitOptions })
  own(server, {
    close: () => kit.destroy(),
    socketId: () => {
      const { state, socketId } = kit.connection.getSnapshot()
      return state === 'connected' ? socketId : undefined
    },
  })
  // Deferred functions run before kits are destroyed: components let go of their channels first.
  server.defer(cleanup)
  return kit
}

/**
 * A `wrapper` for Testing Library's `render` and `renderHook` (as TanStack Query's docs do it): a
 * `ChannelKitProvider` whose kit is connected to the test server as `user`. At `server.reset()` the
 * rendered trees unmount, then the kit is destroyed.
 */
export function createWrapper(server: TestServer, options: TestKitOptions = {}): TestWrapper {
  const kit = createTestKit(checked(server, 'createWrapper()'), options)
  // biome-ignore lint/correctness/noComponentHookFactories: a wrapper closes over its kit, as Testing Library's docs make them
  const TestChannelKitProvider = ({ children }: { children?: ReactNode }) => (
    <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider>
  )
  return Object.assign(TestChannelKitProvider, { kit })
}

/** Wraps `inner` (the test's own wrapper, if any) in the kit's provider. */
function around(outer: TestWrapper, inner: Wrapper | undefined): Wrapper {
  if (!inner) return outer
  const Inner = inner
  const Outer = outer
  return ({ children }) => (
    <Outer>
      <Inner>{children}</Inner>
    </Outer>
  )
}

export type TestRenderOptions = Omit<RenderOptions, 'queries'> & TestKitOptions & { server: TestServer }

/**
 * Testing Library's `render` inside a `ChannelKitProvider` connected to the test server as `user`
 * (your own `wrapper`, if any, goes inside it). The result also has the `kit`.
 */
export function render(ui: ReactNode, options: TestRenderOptions): RenderResult & { kit: ChannelKit } {
  const { server, user, kitOptions, wrapper, ...renderOptions } = options ?? ({} as TestRenderOptions)
  const provider = createWrapper(checked(server, 'render()'), { user, kitOptions })
  const withProvider: Omit<RenderOptions, 'queries'> = {
    ...renderOptions,
    wrapper: around(provider, wrapper),
  }
  return { ...renderWithTestingLibrary(ui, withProvider), kit: provider.kit }
}

export type TestRenderHookOptions<Props> = RenderHookOptions<Props> & TestKitOptions & { server: TestServer }

/** Testing Library's `renderHook` inside a `ChannelKitProvider` connected to the test server as `user`. */
export function renderHook<Result, Props>(
  hook: (initialProps: Props) => Result,
  options: TestRenderHookOptions<Props>,
): RenderHookResult<Result, Props> & { kit: ChannelKit } {
  const { server, user, kitOptions, wrapper, ...renderOptions } =
    options ?? ({} as TestRenderHookOptions<Props>)
  const provider = createWrapper(checked(server, 'renderHook()'), { user, kitOptions })
  return {
    ...renderHookWithTestingLibrary(hook, { ...renderOptions, wrapper: around(provider, wrapper) }),
    kit: provider.kit,
  }
}
