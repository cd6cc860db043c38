import { createChannelKit, createNotificationStore, type Notification } from '@channelkit/core'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import userEvent from '@testing-library/user-event'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, onScopeDispose, shallowRef } from 'vue'
import { LiveNotificationsView } from '../LiveNotificationsView'

const note = (id: string, data: unknown): Notification => ({ id, data, createdAt: 0, duration: 5000 })
const toasts = () => screen.queryAllByRole('listitem')
const announcer = () => screen.getByRole('status')

describe('LiveNotificationsView (Vue)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders an empty labelled region', async () => {
    const { container } = render(LiveNotificationsView, { props: { notifications: [] } })
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeTruthy()
    expect(toasts()).toEqual([])
    expect(announcer().textContent).toBe('')
    await expectNoAxeViolations(container)
  })

  it('shows title and message, the queue count, and announces the newest', async () => {
    const list = [note('1', 'Plain text'), note('2', { title: 'Build', message: 'passed' })]
    const { container } = render(LiveNotificationsView, { props: { notifications: list, queued: 2 } })
    expect(toasts().map((li) => li.textContent)).toEqual(['Plain text×', 'Buildpassed×'])
    expect(screen.getByText('2 more')).toBeTruthy()
    expect(announcer().textContent).toBe('Build: passed')
    await expectNoAxeViolations(container)
  })

  it('dismisses by button and by Escape, keeping focus in the stack', async () => {
    const user = userEvent.setup()
    const { emitted } = render(LiveNotificationsView, {
      props: { notifications: [note('a', 'A'), note('b', 'B')] },
    })
    await user.click(within(toasts()[0]!).getByRole('button', { name: 'Dismiss notification' }))
    expect(emitted('dismiss')).toEqual([['a']])

    await user.tab()
    expect(document.activeElement).toBe(toasts()[0])
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(toasts()[1])
    await user.keyboard('{Escape}')
    expect(emitted('dismiss')).toEqual([['a'], ['b']])
    expect(document.activeElement).toBe(screen.getByRole('list'))
  })

  it('has an optional action that also dismisses', async () => {
    const onAction = vi.fn()
    const { container, emitted } = render(LiveNotificationsView, {
      props: {
        notifications: [note('a', 'Invite'), note('b', 'Plain')],
        action: (n: Notification) => (n.id === 'a' ? { label: 'Accept', onAction } : undefined),
      },
    })
    expect(within(toasts()[1]!).queryByRole('button', { name: 'Accept' })).toBeNull()
    await expectNoAxeViolations(container)
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(onAction).toHaveBeenCalledTimes(1)
    expect(emitted('dismiss')).toEqual([['a']])
  })

  it('renders a custom template per notification through the #notification slot', () => {
    const { emitted } = render(LiveNotificationsView, {
      props: {
        notifications: [{ id: 'x', data: { user: 'Alice' }, createdAt: 0, duration: 0 }],
        announce: (n: Notification) => `${(n.data as { user: string }).user} joined`,
      },
      slots: {
        notification: ({ notification, dismiss }: { notification: Notification; dismiss: () => void }) =>
          h(
            'button',
            { type: 'button', onClick: dismiss },
            `${(notification.data as { user: string }).user} joined`,
          ),
      },
    })
    expect(announcer().textContent).toBe('Alice joined')
    screen.getByRole('button', { name: 'Alice joined' }).click()
    expect(emitted('dismiss')).toEqual([['x']])
  })

  it('pauses on hover and focus, resumes when both are gone', async () => {
    const user = userEvent.setup()
    const { emitted } = render(LiveNotificationsView, { props: { notifications: [note('a', 'A')] } })
    await user.hover(toasts()[0]!)
    expect(emitted('pause')).toHaveLength(1)
    await user.tab()
    await user.unhover(toasts()[0]!)
    expect(emitted('resume')).toBeUndefined()
    await user.tab()
    await user.tab()
    expect(emitted('resume')).toHaveLength(1)
    expect(emitted('pause')).toHaveLength(1)
  })

  it('auto-dismisses through the core store, paused while hovered', async () => {
    vi.useFakeTimers()
    const kit = createChannelKit({ key: 'test', cluster: 'mt1' })
    const store = createNotificationStore<string>(kit, null, null, { max: 2, duration: 1000 })
    const Stack = defineComponent(() => {
      const s = shallowRef(store.getSnapshot())
      onScopeDispose(store.subscribe(() => (s.value = store.getSnapshot())))
      return () =>
        h(LiveNotificationsView, {
          notifications: s.value.visible,
          queued: s.value.queued.length,
          paused: s.value.paused,
          onDismiss: store.dismiss,
          onPause: store.pause,
          onResume: store.resume,
        })
    })
    render(Stack)
    for (const text of ['one', 'two', 'three']) store.push(text)
    await nextTick()
    expect(toasts().map((li) => li.firstChild?.textContent)).toEqual(['one', 'two'])
    expect(screen.getByText('1 more')).toBeTruthy()

    vi.advanceTimersByTime(400)
    // fireEvent: user-event's own timers would wait on the faked clock.
    await fireEvent.mouseEnter(screen.getByRole('region'))
    expect(screen.getByRole('region').hasAttribute('data-ck-paused')).toBe(true)
    vi.advanceTimersByTime(5000)
    await nextTick()
    expect(toasts()).toHaveLength(2)

    await fireEvent.mouseLeave(screen.getByRole('region'))
    vi.advanceTimersByTime(700)
    await nextTick()
    expect(toasts().map((li) => li.firstChild?.textContent)).toEqual(['three'])
    expect(screen.queryByText('1 more')).toBeNull()
    vi.advanceTimersByTime(1000)
    await nextTick()
    expect(toasts()).toEqual([])
    store.destroy()
    kit.destroy()
  })

  it('renders messages as text, never HTML', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { container } = render(LiveNotificationsView, {
      props: { notifications: [note('a', { title: evil, message: evil })] },
    })
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getAllByText(evil)).toHaveLength(2)
  })

  it('takes label overrides', () => {
    render(LiveNotificationsView, {
      props: {
        notifications: [note('a', 'A')],
        queued: 3,
        labels: { region: 'Benachrichtigungen', dismiss: 'Schließen', queued: (n: number) => `${n} weitere` },
      },
    })
    expect(screen.getByRole('region', { name: 'Benachrichtigungen' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy()
    expect(screen.getByText('3 weitere')).toBeTruthy()
  })
})
