import { liveChannels } from '../liveChannels'
import { seedRoom } from '../liveSeed'
import { componentDocs } from './docs'

const live =
  ' Connected to the local server of `pnpm dev` as Dana Designer: use the Live/Room control panel to add members, type and push notifications.'

/** The meta of each Connected story file, React and Vue alike, but for title, component and decorators. */
export const connectedMeta = {
  OnlineUsers: {
    loaders: [seedRoom] as (typeof seedRoom)[],
    args: { channel: liveChannels.presence, max: 4, variant: 'stack', size: 'md' },
    argTypes: {
      variant: { control: 'inline-radio', options: ['stack', 'list'] },
      size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    },
    parameters: componentDocs(
      `\`OnlineUsers\` subscribes to a presence channel while mounted and renders \`OnlineUsersView\` from the live roster (stale while reconnecting).${live}`,
    ),
  },
  TypingIndicator: {
    loaders: [seedRoom] as (typeof seedRoom)[],
    args: { channel: liveChannels.presence },
    parameters: componentDocs(
      `\`TypingIndicator\` listens to \`client-typing\` on a private or presence channel; pair it with \`useTypingInput\` on your input.${live}`,
    ),
  },
  LiveNotifications: {
    args: {
      channel: liveChannels.notifications,
      event: liveChannels.notificationEvent,
      max: 3,
      duration: 5000,
    },
    parameters: componentDocs(
      `\`LiveNotifications\` turns each \`event\` on \`channel\` into a toast (\`map\` shapes or skips a payload).${live}`,
    ),
  },
  ConnectionStatus: {
    parameters: componentDocs(
      `\`ConnectionStatus\` follows the kit's connection; Retry calls \`kit.connect()\`.${live}`,
    ),
  },
} as const
