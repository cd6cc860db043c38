import type { NotificationStore } from '@channelkit/core'
import type { UIConfig } from '@channelkit/core/ui'
import {
  defineViewScenarios,
  type Markup,
  type ViewName,
  type ViewProps,
} from '@channelkit/test-scenarios/viewScenarios'
import { fireEvent, render } from '@testing-library/vue'
import {
  type Component,
  createSSRApp,
  defineComponent,
  h,
  nextTick,
  onScopeDispose,
  shallowRef,
  type VNode,
} from 'vue'
import { renderToString } from 'vue/server-renderer'
import { ConnectionStatusView } from '../ConnectionStatusView'
import { ChannelKitUIProvider } from '../channelKitUI'
import { LiveNotificationsView } from '../LiveNotificationsView'
import { OnlineUsersView } from '../OnlineUsersView'
import { TypingIndicatorView } from '../TypingIndicatorView'

// The shared view scenarios, rendered by Vue: custom content becomes slots, callbacks listen to emits.

const markup = ({ tag, text, onClick }: Markup) =>
  tag === 'button' ? h('button', { type: 'button', onClick }, text) : h('b', text)

const views: Record<ViewName, Component> = {
  OnlineUsersView,
  TypingIndicatorView,
  LiveNotificationsView,
  ConnectionStatusView,
}

function vnode<V extends ViewName>(view: V, props: ViewProps[V]): VNode {
  const { item, content, notification, ...rest } = props as Partial<
    ViewProps['OnlineUsersView'] & ViewProps['TypingIndicatorView'] & ViewProps['LiveNotificationsView']
  > & { content?: (c: never) => Markup }
  const slots: Record<string, (scope: never) => VNode> = {}
  if (item) slots.item = (person) => markup(item(person))
  if (content) slots.content = (scope) => markup(content(scope))
  if (notification) {
    slots.notification = ({ notification: n, dismiss }: { notification: never; dismiss: () => void }) =>
      markup(notification(n, { dismiss }))
  }
  return h(views[view], rest, slots)
}

const tree = <V extends ViewName>(view: V, props: ViewProps[V], ui: UIConfig = {}) =>
  h(ChannelKitUIProvider, ui, { default: () => vnode(view, props) })

defineViewScenarios({
  framework: 'Vue',
  render(view, props, ui) {
    const current = shallowRef(props)
    const { container } = render(defineComponent(() => () => tree(view, current.value, ui)))
    return {
      container: container as HTMLElement,
      async update(next) {
        current.value = next
        await nextTick()
      },
    }
  },
  renderStack(store: NotificationStore<string>) {
    render(
      defineComponent(() => {
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
      }),
    )
  },
  async fire(element, event) {
    await fireEvent[event](element)
  },
  settle: nextTick,
  renderToString: (view, props, ui) => renderToString(createSSRApp({ render: () => tree(view, props, ui) })),
})
