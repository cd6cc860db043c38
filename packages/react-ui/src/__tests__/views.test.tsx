import type { NotificationStore } from '@channelkit/core'
import type { UIConfig } from '@channelkit/core/ui'
import {
  defineViewScenarios,
  type Markup,
  type ViewName,
  type ViewProps,
} from '@channelkit/test-scenarios/viewScenarios'
import { act, fireEvent, render } from '@testing-library/react'
import { type ReactElement, useSyncExternalStore } from 'react'
import { renderToString } from 'react-dom/server'
import { ChannelKitUIProvider } from '../ChannelKitUIProvider'
import { ConnectionStatusView } from '../ConnectionStatusView'
import { LiveNotificationsView } from '../LiveNotificationsView'
import { OnlineUsersView } from '../OnlineUsersView'
import { TypingIndicatorView } from '../TypingIndicatorView'

// The shared view scenarios, rendered by React: custom content becomes render props.

const markup = ({ tag, text, onClick }: Markup) =>
  tag === 'button' ? (
    <button type="button" onClick={onClick}>
      {text}
    </button>
  ) : (
    <b>{text}</b>
  )

function element<V extends ViewName>(view: V, props: ViewProps[V]): ReactElement {
  const any = props as ViewProps[ViewName]
  if (view === 'OnlineUsersView') {
    const { item, ...rest } = any as ViewProps['OnlineUsersView']
    return <OnlineUsersView {...rest} renderItem={item && ((person) => markup(item(person)))} />
  }
  if (view === 'TypingIndicatorView') {
    const { content, ...rest } = any as ViewProps['TypingIndicatorView']
    return <TypingIndicatorView {...rest} renderContent={content && ((c) => markup(content(c)))} />
  }
  if (view === 'LiveNotificationsView') {
    const { notification, ...rest } = any as ViewProps['LiveNotificationsView']
    return (
      <LiveNotificationsView
        {...rest}
        renderNotification={notification && ((n, helpers) => markup(notification(n, helpers)))}
      />
    )
  }
  const { content, ...rest } = any as ViewProps['ConnectionStatusView']
  return <ConnectionStatusView {...rest} renderContent={content && ((c) => markup(content(c)))} />
}

const tree = <V extends ViewName>(view: V, props: ViewProps[V], ui: UIConfig = {}) => (
  <ChannelKitUIProvider {...ui}>{element(view, props)}</ChannelKitUIProvider>
)

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

defineViewScenarios({
  framework: 'React',
  render(view, props, ui) {
    const { container, rerender } = render(tree(view, props, ui))
    return {
      container,
      update: async (next) => rerender(tree(view, next, ui)),
    }
  },
  renderStack(store) {
    render(<Stack store={store} />)
  },
  async fire(element, event) {
    fireEvent[event](element)
  },
  async settle() {
    await act(async () => {})
  },
  async renderToString(view, props, ui) {
    return renderToString(tree(view, props, ui))
  },
})
