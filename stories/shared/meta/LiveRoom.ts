/**
 * The meta of the Live/Room stories, React and Vue alike, but for title, component, tags and provider.
 * Live stories connect to the local server started by `pnpm dev` (ws://127.0.0.1:6001, its control endpoint at
 * /control). Use the control panel to add simulated members, make them type, push notifications or trigger any event.
 */
export const liveRoomMeta = {
  args: { max: 5, variant: 'list', notificationsMax: 3, duration: 5000, debug: true },
  argTypes: { variant: { control: 'inline-radio', options: ['stack', 'list'] } },
  parameters: { layout: 'padded' },
} as const
