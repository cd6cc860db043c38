/** The channels live stories use; the control panel and the e2e tests talk to the same ones. */
export const liveChannels = {
  presence: 'presence-storybook',
  notifications: 'storybook',
  notificationEvent: 'notification',
} as const
