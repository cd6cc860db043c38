import { defaultUI, locales, resolveUI, type UIConfig, type UIContext } from '@channelkit/core/ui'
import {
  type App,
  type ComputedRef,
  computed,
  defineComponent,
  type InjectionKey,
  inject,
  type MaybeRefOrGetter,
  type PropType,
  provide,
  toValue,
} from 'vue'

const key: InjectionKey<ComputedRef<UIContext>> = Symbol('channelkit-ui')
const fallback = computed(() => defaultUI)

/** The settings of the nearest `provideChannelKitUI` (or plugin): English and the page's direction without one. */
export function useChannelKitUI(): ComputedRef<UIContext> {
  return inject(key, fallback)
}

/**
 * Locale, text direction and labels for every ChannelKit component below this one (call in `setup`);
 * a ref or getter keeps them reactive. Nested calls refine the outer settings.
 */
export function provideChannelKitUI(config: MaybeRefOrGetter<UIConfig>): ComputedRef<UIContext> {
  const parent = useChannelKitUI()
  const ui = computed(() => resolveUI(toValue(config), parent.value, locales))
  provide(key, ui)
  return ui
}

/** `app.use(ChannelKitUIPlugin, { locale: 'fr', dir, labels })`: the settings of the whole app. */
export const ChannelKitUIPlugin = {
  install(app: App, config: UIConfig = {}): void {
    const ui = resolveUI(config, defaultUI, locales)
    app.provide(
      key,
      computed(() => ui),
    )
  },
}

/** `<ChannelKitUIProvider locale="fr">`: the settings of the components in its slot. */
export const ChannelKitUIProvider = /* @__PURE__ */ defineComponent({
  name: 'ChannelKitUIProvider',
  props: {
    /** A BCP 47 tag (`fr`, `pt-BR`): picks a built-in locale pack (en, fr, de, es, ja, ar) and the plural rules. */
    locale: String,
    /** Text direction of the components: `ltr`, `rtl` or `auto`. Default: the locale pack's, else inherited. */
    dir: String as PropType<UIConfig['dir']>,
    /** Strings over the locale's, by component: `{ onlineUsers: { count: '{count} online' } }`. */
    labels: Object as PropType<UIConfig['labels']>,
  },
  setup(props, { slots }) {
    provideChannelKitUI(() => ({ locale: props.locale, dir: props.dir, labels: props.labels }))
    return () => slots.default?.()
  },
})
