import {
  type ChannelStatus,
  type ConnectionState,
  createChannelKit,
  createNotificationStore,
  type Member,
  type Notification,
  type NotificationStore,
} from '@channelkit/core'
import {
  avatarColor,
  type ConnectionLabels,
  type MemberDisplay,
  type NotificationLabels,
  type OnlineUsersLabels,
  type Severity,
  type TypingLabels,
  type Typist,
  type UIConfig,
} from '@channelkit/core/ui'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The view tests of the UI kits, written once: each framework renders the views by name and props
// (a `ViewDriver`), these scenarios read the screen the way a user does.

/** Custom content, framework-free: each driver turns it into an element (render prop or slot). */
export interface Markup {
  tag: 'b' | 'button'
  text: string
  onClick?: () => void
}

/** The props of each view. Custom content (render props in React, slots in Vue) comes as `Markup`. */
export interface ViewProps {
  OnlineUsersView: {
    members: readonly Member[]
    me?: string
    status?: ChannelStatus
    stale?: boolean
    max?: number
    variant?: 'stack' | 'list'
    size?: 'sm' | 'md' | 'lg'
    labels?: Partial<OnlineUsersLabels>
    item?: (person: MemberDisplay) => Markup
  }
  TypingIndicatorView: {
    typists: readonly Typist[]
    me?: string
    labels?: Partial<TypingLabels>
    content?: (content: { text: string; typists: readonly Typist[] }) => Markup
  }
  LiveNotificationsView: {
    notifications: readonly Notification[]
    queued?: number
    paused?: boolean
    onDismiss?: (id: string) => void
    onPause?: () => void
    onResume?: () => void
    action?: (n: Notification) => { label: string; onAction: () => void } | undefined
    announce?: (n: Notification) => string
    severity?: (n: Notification) => Severity | undefined
    labels?: Partial<NotificationLabels>
    notification?: (n: Notification, helpers: { dismiss: () => void }) => Markup
  }
  ConnectionStatusView: {
    state: ConnectionState
    onRetry?: () => void
    labels?: Partial<ConnectionLabels>
    content?: (content: {
      state: ConnectionState
      text: string
      retryable: boolean
      retry: () => void
    }) => Markup
  }
}

export type ViewName = keyof ViewProps

export interface Mounted<V extends ViewName> {
  container: HTMLElement
  /** Renders the view again with `props` (the same app-wide settings). */
  update(props: ViewProps[V]): Promise<void>
}

export interface ViewDriver {
  /** Titles the suites: `React`, `Vue`. */
  framework: string
  /** Renders `view` inside the framework's UI settings provider, with `ui` when given. */
  render<V extends ViewName>(view: V, props: ViewProps[V], ui?: UIConfig): Mounted<V>
  /** `LiveNotificationsView` wired to a core notification store, as the connected component does. */
  renderStack(store: NotificationStore<string>): void
  /** Fires a DOM event and lets the framework render (for fake timers, where user-event would wait). */
  fire(element: Element, event: 'mouseEnter' | 'mouseLeave' | 'error'): Promise<void>
  /** Lets pending updates render. */
  settle(): Promise<void>
  /** The view rendered on the server to HTML, inside the settings provider given `ui`. */
  renderToString<V extends ViewName>(view: V, props: ViewProps[V], ui?: UIConfig): Promise<string>
}

const member = (id: string, name?: string, avatar?: string): Member => ({ id, info: { name, avatar } })
const people = ['Alice', 'Bob', 'Carol', 'Dan', 'Eve'].map((name) => member(name.toLowerCase(), name))
const texts = (elements: HTMLElement[]) => elements.map((element) => element.textContent)
const note = (id: string, data: unknown): Notification => ({ id, data, createdAt: 0, duration: 5000 })
const evil = '<img src=x onerror=alert(1)>'

/** Declares every view scenario (describe/it blocks) for one framework. */
export function defineViewScenarios(driver: ViewDriver): void {
  const { render } = driver

  describe(`${driver.framework}: OnlineUsersView`, () => {
    const group = () => screen.getByRole('group')
    const overflowList = () => screen.queryByRole('list', { name: 'More people online' })

    it('shows the loading state while subscribing', async () => {
      const { container } = render('OnlineUsersView', { members: [], status: 'subscribing' })
      const root = screen.getByRole('group', { name: '0 people online' })
      expect(root.dataset.ckState).toBe('loading')
      expect(root.getAttribute('aria-busy')).toBe('true')
      expect(root.querySelector('[data-ck-part="status"]')?.textContent).toBe('Connecting…')
      await expectNoAxeViolations(container)
    })

    it('shows the empty and error states', async () => {
      const view = render('OnlineUsersView', { members: [] })
      expect(group().querySelector('[data-ck-part="status"]')?.textContent).toBe('Nobody is online')
      expect(screen.queryByRole('list')).toBeNull()
      await expectNoAxeViolations(view.container)
      await view.update({ members: [], status: 'error' })
      expect(group().dataset.ckState).toBe('error')
      expect(group().textContent).toBe('Could not load who is online')
      await expectNoAxeViolations(view.container)
    })

    it('shows one person with initials, in the colour of their id', async () => {
      const { container } = render('OnlineUsersView', { members: [member('ada', 'Ada Lovelace')] })
      expect(screen.getByRole('group', { name: '1 person online' })).toBeTruthy()
      const item = screen.getByRole('listitem')
      expect(within(item).getByText('Ada Lovelace')).toBeTruthy()
      const avatar = item.querySelector<HTMLElement>('[data-ck-part="avatar"]')!
      expect(avatar.textContent).toBe('AL')
      expect(avatar.dataset.ckColor).toBe(String(avatarColor('ada')))
      await expectNoAxeViolations(container)
    })

    it('uses the picture when there is one, and initials when it fails to load', async () => {
      const { container } = render('OnlineUsersView', {
        members: [member('ada', 'Ada Lovelace', 'https://example.com/ada.png')],
      })
      const avatar = () => screen.getByRole('listitem').querySelector('[data-ck-part="avatar"]')!
      const img = avatar().querySelector('img')!
      expect(img.getAttribute('src')).toBe('https://example.com/ada.png')
      expect(img.getAttribute('alt')).toBe('')
      await expectNoAxeViolations(container)
      await driver.fire(img, 'error')
      expect(avatar().querySelector('img')).toBeNull()
      expect(avatar().textContent).toBe('AL')
      await expectNoAxeViolations(container)
    })

    it('shows the current user first, marked', async () => {
      const { container } = render('OnlineUsersView', { members: people, me: 'bob', variant: 'list' })
      expect(screen.getByRole('group', { name: '5 people online' }).dataset.ckVariant).toBe('list')
      const items = screen.getAllByRole('listitem')
      expect(texts(items)).toEqual(['BBob (you)', 'AAlice', 'CCarol', 'DDan', 'EEve'])
      expect(items.map((item) => item.hasAttribute('data-ck-me'))).toEqual([true, false, false, false, false])
      await expectNoAxeViolations(container)
    })

    it('never hides the current user behind "+N"', () => {
      render('OnlineUsersView', { members: people, me: 'eve', max: 2 })
      const shown = screen.getAllByRole('listitem').filter((li) => li.dataset.ckPart === 'item')
      expect(texts(shown)).toEqual(['EEve (you)', 'AAlice'])
      expect(screen.getByRole('button', { name: '3 people more' }).textContent).toBe('+3')
    })

    it('puts the rest behind "+N" and lists them on focus, closing on Escape', async () => {
      const user = userEvent.setup()
      const { container } = render('OnlineUsersView', { members: people, max: 2 })
      const more = screen.getByRole('button', { name: '3 people more' })
      expect(more.textContent).toBe('+3')
      expect(more.getAttribute('aria-expanded')).toBe('false')
      expect(overflowList()).toBeNull()
      await expectNoAxeViolations(container)

      await user.tab()
      expect(document.activeElement).toBe(more)
      expect(more.getAttribute('aria-expanded')).toBe('true')
      expect(texts(within(overflowList()!).getAllByRole('listitem'))).toEqual(['CCarol', 'DDan', 'EEve'])
      await expectNoAxeViolations(container)

      await user.keyboard('{Escape}')
      expect(overflowList()).toBeNull()
      await user.keyboard('{Enter}')
      expect(overflowList()).not.toBeNull()
      await user.tab()
      expect(document.activeElement).not.toBe(more)
      expect(overflowList()).toBeNull()
    })

    it('lists the overflow on hover', async () => {
      const user = userEvent.setup()
      render('OnlineUsersView', { members: people, max: 4 })
      const more = screen.getByRole('button', { name: '1 person more' })
      await user.hover(more)
      expect(overflowList()?.textContent).toBe('EEve')
      await user.unhover(more)
      expect(overflowList()).toBeNull()
    })

    it('shows a roster that is not live as stale, and says so to assistive technology', async () => {
      const view = render('OnlineUsersView', { members: people, status: 'subscribed' })
      const notice = () => group().querySelector('[role="status"]')!
      expect(group().hasAttribute('data-ck-stale')).toBe(false)
      expect(notice().textContent).toBe('')
      await view.update({ members: people, status: 'unsubscribed', stale: true })
      expect(group().hasAttribute('data-ck-stale')).toBe(true)
      expect(notice().textContent).toBe('Reconnecting: this list may be out of date')
      expect(group().getAttribute('aria-label')).toBe('5 people online')
      await expectNoAxeViolations(view.container)
      await view.update({ members: people, status: 'subscribed', stale: false })
      expect(notice().textContent).toBe('')
    })

    it('takes a size', async () => {
      const view = render('OnlineUsersView', { members: people })
      expect(group().dataset.ckSize).toBe('md')
      await view.update({ members: people, size: 'lg' })
      expect(group().dataset.ckSize).toBe('lg')
    })

    it('renders custom items', () => {
      render('OnlineUsersView', {
        members: people.slice(0, 2),
        me: 'alice',
        item: ({ name, isMe, initials, color }) => ({
          tag: 'b',
          text: `${initials}:${name}:${color}${isMe ? '*' : ''}`,
        }),
      })
      expect(texts(screen.getAllByRole('listitem'))).toEqual([
        `A:Alice:${avatarColor('alice')}*`,
        `B:Bob:${avatarColor('bob')}`,
      ])
    })

    it('renders names as text, never HTML', () => {
      const { container } = render('OnlineUsersView', { members: [member('x', evil)], variant: 'list' })
      expect(container.querySelector('img')).toBeNull()
      expect(screen.getByText(evil)).toBeTruthy()
    })

    it('takes label overrides, as functions or templates', async () => {
      const view = render('OnlineUsersView', {
        members: people,
        me: 'alice',
        max: 1,
        labels: { count: (n) => `${n} en ligne`, you: '(vous)', more: (n) => `et ${n}` },
      })
      expect(screen.getByRole('group', { name: '5 en ligne' })).toBeTruthy()
      expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('AAlice (vous)')
      expect(screen.getByRole('button').textContent).toBe('et 4')
      await view.update({
        members: people,
        max: 1,
        labels: { count: { one: '# présent', other: '# présents' }, more: 'et {count}' },
      })
      expect(screen.getByRole('group', { name: '5 présents' })).toBeTruthy()
      expect(screen.getByRole('button').textContent).toBe('et 4')
    })

    it('rejects a bad max with a clear error', () => {
      // Vue reports errors thrown in render through its warn handler first.
      vi.spyOn(console, 'warn').mockImplementation(() => {})
      expect(() => render('OnlineUsersView', { members: people, max: 0 })).toThrow(
        /max must be a whole number ≥ 1/,
      )
      vi.mocked(console.warn).mockRestore()
    })
  })

  describe(`${driver.framework}: TypingIndicatorView`, () => {
    const region = (container: HTMLElement) => container.querySelector<HTMLElement>('[aria-live="polite"]')!
    const typists = (...names: string[]) => names.map((name) => ({ id: name.toLowerCase(), name }))

    it('keeps an empty polite live region when nobody types', async () => {
      const { container } = render('TypingIndicatorView', { typists: [] })
      expect(region(container).textContent).toBe('')
      expect(region(container).dataset.ckState).toBe('idle')
      await expectNoAxeViolations(container)
    })

    it('says who is typing for 1, 2, 3 and 5 people, never the current user', async () => {
      const view = render('TypingIndicatorView', { typists: typists('Me', 'Alice'), me: 'me' })
      const { container } = view
      expect(region(container).textContent).toBe('Alice is typing…')
      expect(region(container).dataset.ckState).toBe('typing')
      await expectNoAxeViolations(container)
      await view.update({ typists: typists('Alice', 'Me', 'Bob'), me: 'me' })
      expect(region(container).textContent).toBe('Alice and Bob are typing…')
      await view.update({ typists: typists('Alice', 'Bob', 'Carol', 'Me'), me: 'me' })
      expect(region(container).textContent).toBe('Alice, Bob and Carol are typing…')
      await view.update({ typists: typists('Alice', 'Bob', 'Carol', 'Dan', 'Eve', 'Me'), me: 'me' })
      expect(region(container).textContent).toBe('Alice, Bob and 3 others are typing…')
      await expectNoAxeViolations(container)
      await view.update({ typists: typists('Me'), me: 'me' })
      expect(region(container).textContent).toBe('')
    })

    it('does not touch the live region when the sentence stays the same', async () => {
      const view = render('TypingIndicatorView', { typists: typists('Alice') })
      const changes: MutationRecord[] = []
      const observer = new MutationObserver((records) => changes.push(...records))
      observer.observe(region(view.container), { subtree: true, childList: true, characterData: true })
      await view.update({ typists: [{ id: 'alice', name: 'Alice' }] })
      observer.disconnect()
      expect(changes).toEqual([])
    })

    it('renders names as text, never HTML', () => {
      const { container } = render('TypingIndicatorView', { typists: [{ id: 'x', name: evil }] })
      expect(container.querySelector('img')).toBeNull()
      expect(screen.getByText(`${evil} is typing…`)).toBeTruthy()
    })

    it('takes label overrides, as functions or templates', async () => {
      const view = render('TypingIndicatorView', {
        typists: typists('Alice', 'Bob'),
        labels: { two: (a, b) => `${a} et ${b} écrivent…` },
      })
      expect(region(view.container).textContent).toBe('Alice et Bob écrivent…')
      await view.update({ typists: typists('Alice', 'Bob'), labels: { two: '{second} & {first}' } })
      expect(region(view.container).textContent).toBe('Bob & Alice')
    })

    it('renders custom content inside the live region', async () => {
      const view = render('TypingIndicatorView', {
        typists: typists('Me', 'Alice'),
        me: 'me',
        content: ({ text, typists }) => ({ tag: 'b', text: `${typists.length}: ${text}` }),
      })
      expect(region(view.container).textContent).toBe('1: Alice is typing…')
      expect(region(view.container).querySelector('b')).not.toBeNull()
      await expectNoAxeViolations(view.container)
    })
  })

  describe(`${driver.framework}: LiveNotificationsView`, () => {
    const toasts = () => screen.queryAllByRole('listitem')
    const content = (toast: HTMLElement) => toast.querySelector('[data-ck-part="content"]')?.textContent
    const announcer = () => screen.getByRole('status')

    afterEach(() => {
      vi.useRealTimers()
    })

    it('renders an empty labelled region', async () => {
      const { container } = render('LiveNotificationsView', { notifications: [] })
      expect(screen.getByRole('region', { name: 'Notifications' })).toBeTruthy()
      expect(toasts()).toEqual([])
      expect(announcer().textContent).toBe('')
      await expectNoAxeViolations(container)
    })

    it('shows title and message, the queue count, and announces the newest', async () => {
      const list = [note('1', 'Plain text'), note('2', { title: 'Build', message: 'passed' })]
      const { container } = render('LiveNotificationsView', { notifications: list, queued: 2 })
      expect(texts(toasts())).toEqual(['Plain text×', 'Buildpassed×'])
      expect(screen.getByText('2 more')).toBeTruthy()
      expect(announcer().textContent).toBe('Build: passed')
      await expectNoAxeViolations(container)
    })

    it('shows the severity from the data, and says it first', async () => {
      const list = [
        note('1', { title: 'Build', message: 'failed', severity: 'error' }),
        note('2', { message: 'Saved', severity: 'success' }),
        note('3', { message: 'Plain', severity: 'unknown' }),
      ]
      const { container } = render('LiveNotificationsView', { notifications: list })
      expect(toasts().map((li) => li.dataset.ckSeverity)).toEqual(['error', 'success', undefined])
      expect(texts(toasts())).toEqual(['Error: Buildfailed×', 'Success: Saved×', 'Plain×'])
      expect(toasts()[0]?.querySelector('[data-ck-part="icon"]')?.getAttribute('aria-hidden')).toBe('true')
      expect(announcer().textContent).toBe('Plain')
      await expectNoAxeViolations(container)
      const severity = (n: Notification) => ((n.data as string).startsWith('!') ? 'warning' : undefined)
      render('LiveNotificationsView', { notifications: [note('4', '!disk full')], severity })
      expect(screen.getAllByRole('region')[1]?.querySelector('[data-ck-severity="warning"]')).not.toBeNull()
    })

    it('dismisses by button and by Escape, keeping focus in the stack', async () => {
      const user = userEvent.setup()
      const onDismiss = vi.fn()
      const view = render('LiveNotificationsView', {
        notifications: [note('a', 'A'), note('b', 'B')],
        onDismiss,
      })
      await user.click(within(toasts()[0]!).getByRole('button', { name: 'Dismiss notification' }))
      expect(onDismiss).toHaveBeenLastCalledWith('a')

      await user.tab()
      expect(document.activeElement).toBe(toasts()[0])
      await user.tab()
      await user.tab()
      expect(document.activeElement).toBe(toasts()[1])
      await user.keyboard('{Escape}')
      expect(onDismiss).toHaveBeenLastCalledWith('b')
      expect(document.activeElement).toBe(screen.getByRole('list'))
      // Without animations (no stylesheet here, or reduced motion) a dismissed toast goes at once.
      await view.update({ notifications: [note('a', 'A')], onDismiss })
      expect(texts(toasts())).toEqual(['A×'])
      expect(view.container.querySelectorAll('[data-ck-part="toast"]')).toHaveLength(1)
    })

    it('has an optional action that also dismisses', async () => {
      const onAction = vi.fn()
      const onDismiss = vi.fn()
      const { container } = render('LiveNotificationsView', {
        notifications: [note('a', 'Invite'), note('b', 'Plain')],
        onDismiss,
        action: (n) => (n.id === 'a' ? { label: 'Accept', onAction } : undefined),
      })
      expect(within(toasts()[1]!).queryByRole('button', { name: 'Accept' })).toBeNull()
      await expectNoAxeViolations(container)
      await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
      expect(onAction).toHaveBeenCalledTimes(1)
      expect(onDismiss).toHaveBeenCalledWith('a')
    })

    it('renders a custom template per notification', async () => {
      const onDismiss = vi.fn()
      render('LiveNotificationsView', {
        notifications: [{ id: 'x', data: { user: 'Alice' }, createdAt: 0, duration: 0 }],
        onDismiss,
        notification: (n, { dismiss }) => ({
          tag: 'button',
          text: `${(n.data as { user: string }).user} joined`,
          onClick: dismiss,
        }),
        announce: (n) => `${(n.data as { user: string }).user} joined`,
      })
      expect(announcer().textContent).toBe('Alice joined')
      await userEvent.click(screen.getByRole('button', { name: 'Alice joined' }))
      expect(onDismiss).toHaveBeenCalledWith('x')
    })

    it('pauses on hover and focus, resumes when both are gone', async () => {
      const user = userEvent.setup()
      const onPause = vi.fn()
      const onResume = vi.fn()
      render('LiveNotificationsView', { notifications: [note('a', 'A')], onPause, onResume })
      await user.hover(toasts()[0]!)
      expect(onPause).toHaveBeenCalledTimes(1)
      await user.tab()
      await user.unhover(toasts()[0]!)
      expect(onResume).not.toHaveBeenCalled()
      await user.tab()
      await user.tab()
      expect(onResume).toHaveBeenCalledTimes(1)
      expect(onPause).toHaveBeenCalledTimes(1)
    })

    it('auto-dismisses through the core store, paused while hovered', async () => {
      vi.useFakeTimers()
      const kit = createChannelKit({ key: 'test', cluster: 'mt1' })
      const store = createNotificationStore<string>(kit, null, null, { max: 2, duration: 1000 })
      driver.renderStack(store)
      for (const text of ['one', 'two', 'three']) store.push(text)
      await driver.settle()
      expect(toasts().map(content)).toEqual(['one', 'two'])
      expect(screen.getByText('1 more')).toBeTruthy()

      vi.advanceTimersByTime(400)
      // fire: user-event's own timers would wait on the faked clock.
      await driver.fire(screen.getByRole('region'), 'mouseEnter')
      expect(screen.getByRole('region').hasAttribute('data-ck-paused')).toBe(true)
      vi.advanceTimersByTime(5000)
      await driver.settle()
      expect(toasts()).toHaveLength(2)

      await driver.fire(screen.getByRole('region'), 'mouseLeave')
      vi.advanceTimersByTime(700)
      await driver.settle()
      expect(toasts().map(content)).toEqual(['three'])
      expect(screen.queryByText('1 more')).toBeNull()
      vi.advanceTimersByTime(1000)
      await driver.settle()
      expect(toasts()).toEqual([])
      store.destroy()
      kit.destroy()
    })

    it('renders messages as text, never HTML', () => {
      const { container } = render('LiveNotificationsView', {
        notifications: [note('a', { title: evil, message: evil })],
      })
      expect(container.querySelector('img')).toBeNull()
      expect(screen.getAllByText(evil)).toHaveLength(2)
    })

    it('takes label overrides, as functions or templates', async () => {
      const view = render('LiveNotificationsView', {
        notifications: [note('a', 'A')],
        queued: 3,
        labels: { region: 'Benachrichtigungen', dismiss: 'Schließen', queued: (n) => `${n} weitere` },
      })
      expect(screen.getByRole('region', { name: 'Benachrichtigungen' })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy()
      expect(screen.getByText('3 weitere')).toBeTruthy()
      await view.update({ notifications: [note('a', 'A')], queued: 1, labels: { queued: '+{count}' } })
      expect(screen.getByText('+1')).toBeTruthy()
    })
  })

  describe(`${driver.framework}: ConnectionStatusView`, () => {
    const cases: [ConnectionState, string, boolean][] = [
      ['initialized', 'Not connected yet', false],
      ['connecting', 'Connecting…', false],
      ['connected', 'Connected', false],
      ['unavailable', 'Connection unavailable', true],
      ['failed', 'Connection failed', true],
      ['disconnected', 'Disconnected', true],
    ]

    it.each(cases)('shows %s as "%s" (retry: %s)', async (state, label, retry) => {
      const { container } = render('ConnectionStatusView', { state })
      expect(screen.getByRole('status').textContent).toBe(label)
      expect(container.querySelector<HTMLElement>('[data-ck-part="root"]')?.dataset.ckState).toBe(state)
      expect(screen.queryByRole('button', { name: 'Retry' }) !== null).toBe(retry)
      await expectNoAxeViolations(container)
    })

    it('calls onRetry from the retry button', async () => {
      const onRetry = vi.fn()
      render('ConnectionStatusView', { state: 'failed', onRetry })
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
      expect(onRetry).toHaveBeenCalledTimes(1)
    })

    it('takes label overrides', () => {
      render('ConnectionStatusView', {
        state: 'unavailable',
        labels: { unavailable: 'Hors ligne', retry: 'Réessayer' },
      })
      expect(screen.getByRole('status').textContent).toBe('Hors ligne')
      expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy()
    })

    it('renders custom content in a status region that still retries', async () => {
      const onRetry = vi.fn()
      const { container } = render('ConnectionStatusView', {
        state: 'failed',
        onRetry,
        content: ({ state, text, retryable, retry }) => ({
          tag: 'button',
          text: `${state}/${text}/${retryable}`,
          onClick: retry,
        }),
      })
      const status = screen.getByRole('status')
      expect(status.dataset.ckScope).toBe('connection-status')
      expect(status.textContent).toBe('failed/Connection failed/true')
      await userEvent.click(screen.getByRole('button', { name: 'failed/Connection failed/true' }))
      expect(onRetry).toHaveBeenCalledTimes(1)
      await expectNoAxeViolations(container)
    })
  })

  describe(`${driver.framework}: app-wide settings (locale, direction, labels)`, () => {
    it('a built-in locale translates every component, with plural rules and direction', async () => {
      render('OnlineUsersView', { members: people, me: 'alice', max: 2 }, { locale: 'fr' })
      expect(screen.getByRole('group', { name: '5 personnes en ligne' }).getAttribute('dir')).toBe('ltr')
      expect(screen.getByRole('button', { name: '3 autres personnes' })).toBeTruthy()
      expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('AAlice (vous)')
      const arabic = within(render('ConnectionStatusView', { state: 'failed' }, { locale: 'ar' }).container)
      expect(arabic.getByRole('status').textContent).toBe('فشل الاتصال')
      const retry = arabic.getByRole('button', { name: 'إعادة المحاولة' })
      expect(retry.closest('[dir]')?.getAttribute('dir')).toBe('rtl')
    })

    it('templates from the settings, per-component labels over them', async () => {
      const ui: UIConfig = {
        locale: 'de',
        dir: 'rtl',
        labels: {
          typing: { one: '{name} tippt…' },
          notifications: { queued: { one: '# wartet', other: '# warten' } },
        },
      }
      const typing = render('TypingIndicatorView', { typists: [{ id: 'a', name: 'Ada' }] }, ui)
      expect(typing.container.querySelector('[aria-live]')?.textContent).toBe('Ada tippt…')
      expect(typing.container.querySelector('[aria-live]')?.getAttribute('dir')).toBe('rtl')
      await typing.update({ typists: [{ id: 'a', name: 'Ada' }], labels: { one: '{name}!' } })
      expect(typing.container.querySelector('[aria-live]')?.textContent).toBe('Ada!')
      render('LiveNotificationsView', { notifications: [note('a', 'A')], queued: 1 }, ui)
      expect(screen.getByText('1 wartet')).toBeTruthy()
      expect(screen.getByRole('region', { name: 'Benachrichtigungen' })).toBeTruthy()
    })

    it('renders on the server from settings that went through JSON (a Server Component’s props)', async () => {
      const ui = JSON.parse(
        JSON.stringify({
          locale: 'fr',
          labels: { onlineUsers: { count: { one: '# présent', other: '# présents' } } },
        }),
      ) as UIConfig
      const html = await driver.renderToString('OnlineUsersView', { members: people, me: 'bob', max: 3 }, ui)
      const page = new DOMParser().parseFromString(html, 'text/html')
      const root = page.querySelector('[data-ck-scope="online-users"]')!
      expect(root.getAttribute('aria-label')).toBe('5 présents')
      expect(root.getAttribute('dir')).toBe('ltr')
      expect(root.querySelector('[data-ck-part="more-button"]')?.getAttribute('aria-label')).toBe(
        '2 autres personnes',
      )
      expect(root.querySelector('[data-ck-me]')?.textContent).toBe('BBob (vous)')
      const typing = await driver.renderToString(
        'TypingIndicatorView',
        {
          typists: [
            { id: 'a', name: 'Ada' },
            { id: 'b', name: 'Bob' },
          ],
        },
        JSON.parse(JSON.stringify({ locale: 'ja' })),
      )
      expect(new DOMParser().parseFromString(typing, 'text/html').body.textContent).toBe('AdaとBobが入力中…')
    })
  })
}
