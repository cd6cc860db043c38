import {
  createChannelKit,
  createNotificationStore,
  type Notification,
  type NotificationStore,
} from '@channelkit/core'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useSyncExternalStore } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LiveNotificationsView } from '../LiveNotificationsView'

const note = (id: string, data: unknown): Notification => ({ id, data, createdAt: 0, duration: 5000 })
/** The view wired to a core notification store, as `LiveNotifications` does through the hook. */
function Stack({ store }: { store: NotificationStore<string> }) {
  const s = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return (
    <LiveNotificationsView
      notifications={s.visible}
      queued={s.queued.length}
      paused={s.paused}
      onDismiss={store.dismiss}
      onPause={store.pause}
      onResume={store.resume}
    />
  )
}

const toasts = () => screen.queryAllByRole('listitem')
const announcer = () => screen.getByRole('status')

describe('LiveNotificationsView', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders an empty labelled region', async () => {
    const { container } = render(<LiveNotificationsView notifications={[]} />)
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeTruthy()
    expect(toasts()).toEqual([])
    expect(announcer().textContent).toBe('')
    await expectNoAxeViolations(container)
  })

  it('shows title and message, the queue count, and announces the newest', async () => {
    const list = [note('1', 'Plain text'), note('2', { title: 'Build', message: 'passed' })]
    const { container } = render(<LiveNotificationsView notifications={list} queued={2} />)
    expect(toasts().map((li) => li.textContent)).toEqual(['Plain text×', 'Buildpassed×'])
    expect(screen.getByText('2 more')).toBeTruthy()
    expect(announcer().textContent).toBe('Build: passed')
    await expectNoAxeViolations(container)
  })

  it('dismisses by button and by Escape, keeping focus in the stack', async () => {
    const user = userEvent.setup()
    const onDismiss = vi.fn()
    render(<LiveNotificationsView notifications={[note('a', 'A'), note('b', 'B')]} onDismiss={onDismiss} />)
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
  })

  it('has an optional action that also dismisses', async () => {
    const onAction = vi.fn()
    const onDismiss = vi.fn()
    const { container } = render(
      <LiveNotificationsView
        notifications={[note('a', 'Invite'), note('b', 'Plain')]}
        onDismiss={onDismiss}
        action={(n) => (n.id === 'a' ? { label: 'Accept', onAction } : undefined)}
      />,
    )
    expect(within(toasts()[1]!).queryByRole('button', { name: 'Accept' })).toBeNull()
    await expectNoAxeViolations(container)
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(onAction).toHaveBeenCalledTimes(1)
    expect(onDismiss).toHaveBeenCalledWith('a')
  })

  it('renders a custom template per notification', () => {
    const onDismiss = vi.fn()
    render(
      <LiveNotificationsView<{ user: string }>
        notifications={[{ id: 'x', data: { user: 'Alice' }, createdAt: 0, duration: 0 }]}
        onDismiss={onDismiss}
        renderNotification={(n, { dismiss }) => (
          <button type="button" onClick={dismiss}>
            {`${n.data.user} joined`}
          </button>
        )}
        announce={(n) => `${n.data.user} joined`}
      />,
    )
    expect(announcer().textContent).toBe('Alice joined')
    screen.getByRole('button', { name: 'Alice joined' }).click()
    expect(onDismiss).toHaveBeenCalledWith('x')
  })

  it('pauses on hover and focus, resumes when both are gone', async () => {
    const user = userEvent.setup()
    const onPause = vi.fn()
    const onResume = vi.fn()
    render(<LiveNotificationsView notifications={[note('a', 'A')]} onPause={onPause} onResume={onResume} />)
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

  it('auto-dismisses through the core store, paused while hovered', () => {
    vi.useFakeTimers()
    const kit = createChannelKit({ key: 'test', cluster: 'mt1' })
    const store = createNotificationStore<string>(kit, null, null, { max: 2, duration: 1000 })
    render(<Stack store={store} />)
    act(() => {
      for (const text of ['one', 'two', 'three']) store.push(text)
    })
    expect(toasts().map((li) => li.firstChild?.textContent)).toEqual(['one', 'two'])
    expect(screen.getByText('1 more')).toBeTruthy()

    act(() => vi.advanceTimersByTime(400))
    // fireEvent: user-event's own timers would wait on the faked clock.
    fireEvent.mouseEnter(toasts()[0]!)
    expect(screen.getByRole('region').hasAttribute('data-ck-paused')).toBe(true)
    act(() => vi.advanceTimersByTime(5000))
    expect(toasts()).toHaveLength(2)

    fireEvent.mouseLeave(toasts()[0]!)
    act(() => vi.advanceTimersByTime(700))
    expect(toasts().map((li) => li.firstChild?.textContent)).toEqual(['three'])
    expect(screen.queryByText('1 more')).toBeNull()
    act(() => vi.advanceTimersByTime(1000))
    expect(toasts()).toEqual([])
    store.destroy()
    kit.destroy()
  })

  it('renders messages as text, never HTML', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { container } = render(
      <LiveNotificationsView notifications={[note('a', { title: evil, message: evil })]} />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getAllByText(evil)).toHaveLength(2)
  })

  it('takes label overrides', () => {
    render(
      <LiveNotificationsView
        notifications={[note('a', 'A')]}
        queued={3}
        labels={{ region: 'Benachrichtigungen', dismiss: 'Schließen', queued: (n) => `${n} weitere` }}
      />,
    )
    expect(screen.getByRole('region', { name: 'Benachrichtigungen' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy()
    expect(screen.getByText('3 weitere')).toBeTruthy()
  })
})
