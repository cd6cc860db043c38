import { alice, bob, carol, dave, erin, typist } from '../fixtures'
import { hostileTypists } from '../hostile'
import { componentDocs, storyDocs } from './docs'

/** The meta of the TypingIndicator stories, React and Vue alike, but for title and component. */
export const typingIndicatorMeta = {
  args: { typists: [typist(alice), typist(bob)] },
  parameters: componentDocs(
    'Who is typing on a private or presence channel; never the current user. A polite live region that stays mounted. `TypingIndicator` (connected) renders this view; pair it with `useTypingInput` on the input.',
  ),
} as const

/** Each TypingIndicator story by export name, but for its name. CustomContent leaves out the template. */
export const typingIndicatorStories = {
  One: { args: { typists: [typist(alice)] } },
  Three: { args: { typists: [typist(alice), typist(bob), typist(carol)] } },
  Many: { args: { typists: [alice, bob, carol, dave, erin].map(typist) } },
  Nobody: {
    args: { typists: [] },
    parameters: storyDocs(
      'Nobody types: the live region stays in the page, empty, so the next sentence is announced.',
    ),
  },
  WithoutName: { args: { typists: [{ id: 'user-42' }] } },
  CurrentUserHidden: { args: { typists: [typist(alice), typist(bob)], me: alice.id } },
  CustomContent: {
    args: { typists: [typist(alice), typist(bob), typist(carol)] },
    parameters: storyDocs(
      'Custom content (a render prop in React, the `#content` slot in Vue) replaces the dots and the sentence, inside the live region.',
    ),
  },
  Translated: { args: { typists: [typist(alice)], labels: { one: '{name} schreibt…' } } },
} as const

export const hostileTypingIndicatorMeta = { args: { typists: hostileTypists } } as const

export const hostileTypingIndicatorStories = {
  HostileContent: {
    parameters: storyDocs(
      'Typists named with markup, a bidi override and 500 unbroken characters: one line of inert text.',
    ),
  },
} as const
