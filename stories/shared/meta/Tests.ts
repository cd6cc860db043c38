import type { UIConfig } from '@channelkit/core/ui'
import { alice, bob, carol, crowd, notification, typist } from '../fixtures'
import { storyDocs } from './docs'

/** What each kit sample renders: every component in a telling state. */
export const sample = {
  connection: { state: 'unavailable' },
  online: { members: crowd, me: carol.id, max: 3 },
  list: { members: [alice, bob, carol], me: alice.id, variant: 'list' },
  typing: { typists: [typist(alice), typist(bob)] },
  notifications: [
    notification({ title: 'Deploy finished', message: 'main is live on production', severity: 'success' }),
    notification({ title: 'Build failed', message: '3 tests failed on main', severity: 'error' }),
  ],
} as const

/** The app-wide settings of the "App-wide settings" story: a locale pack, and one with templates as data. */
export const appSettings: { title: string; config: UIConfig }[] = [
  { title: 'locale="fr"', config: { locale: 'fr' } },
  {
    title: 'locale="ar" (right to left), labels as templates',
    config: {
      locale: 'ar',
      labels: { typing: { two: '{first} و{second} يكتبان الآن…' } },
    },
  },
]

/** The meta of the Tests/Scopes stories, React and Vue alike, but for tags and the render functions. */
export const scopesMeta = { parameters: { layout: 'padded' } } as const

export const scopesStories = {
  ThemeScope: {
    name: 'Theme scope (opposite of the page)',
    parameters: storyDocs(
      'A `data-theme` scope paints its own background and text colour: a dark kit on a light page (and the reverse) keeps its contrast.',
    ),
  },
  UserContent: {
    name: 'User content in slots',
    parameters: storyDocs(
      'A plain `<button>` of the app inside a toast looks exactly like the same button outside the kit: no kit rule reaches it.',
    ),
  },
  AppSettings: {
    name: 'App-wide settings',
    parameters: storyDocs(
      '`ChannelKitUIProvider` / `provideChannelKitUI`: a locale pack by name, direction, templates.',
    ),
  },
} as const
