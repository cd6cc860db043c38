import type { ConnectionState } from '@channelkit/core'
import { fn } from 'storybook/test'
import { hostileConnectionLabels } from '../hostile'
import { componentDocs, storyDocs } from './docs'

const states = [
  'initialized',
  'connecting',
  'connected',
  'unavailable',
  'failed',
  'disconnected',
] as const satisfies readonly ConnectionState[]

/** The meta of the ConnectionStatus stories, React and Vue alike, but for title and component. */
export const connectionStatusMeta = {
  args: { state: 'connected', onRetry: fn() },
  argTypes: { state: { control: 'select', options: states } },
  parameters: componentDocs(
    'A badge for the connection state, with Retry when unavailable, failed or disconnected. `ConnectionStatus` (connected) follows the kit.',
  ),
} as const

/** Each ConnectionStatus story by export name, but for its name. CustomContent leaves out the template. */
export const connectionStatusStories = {
  Initialized: { args: { state: 'initialized' } },
  Connecting: { args: { state: 'connecting' } },
  Unavailable: { args: { state: 'unavailable' } },
  Failed: { args: { state: 'failed' } },
  Disconnected: { args: { state: 'disconnected' } },
  CustomContent: {
    args: { state: 'disconnected' },
    parameters: storyDocs(
      'Custom content (a render prop in React, the `#content` slot in Vue) gets `{ state, text, retryable, retry }`; the badge itself becomes the status region.',
    ),
  },
} as const

export const hostileConnectionStatusMeta = {
  args: { state: 'failed', labels: hostileConnectionLabels, onRetry: fn() },
} as const

export const hostileConnectionStatusStories = {
  HostileContent: {
    parameters: storyDocs(
      'Labels (translations are app strings too) with markup and 500 unbroken characters: inert, ellipsized.',
    ),
  },
} as const
