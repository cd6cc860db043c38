import { usePusher } from '@channelkit/vue'
import {
  defineComponent,
  getCurrentInstance,
  onBeforeUnmount,
  onMounted,
  onUpdated,
  ref,
  shallowRef,
  watch,
} from 'vue'
import { createDevtools, view } from '../core'
import { registerInspector } from './inspector'
import { devtoolsProps } from './props'
import { toVue } from './render'

/** The devtools of the kit, drawn from the framework-free view (loaded lazily by ChannelKitDevtools). */
export default defineComponent({
  name: 'ChannelKitDevtoolsPanel',
  props: devtoolsProps,
  setup(props) {
    const kit = props.kit ?? usePusher()
    const devtools = createDevtools(kit, props)
    const app = getCurrentInstance()?.appContext.app
    const state = shallowRef(devtools.getSnapshot())
    const root = ref<HTMLElement>()
    const stops = [
      devtools.subscribe(() => {
        state.value = devtools.getSnapshot()
      }),
    ]
    watch(
      () => [props.trigger, props.position, props.theme, props.styleNonce] as const,
      ([trigger, position, theme, styleNonce]) =>
        devtools.setOptions({ trigger, position, theme, styleNonce }),
    )
    onMounted(() => {
      stops.push(devtools.mount())
      if (app) stops.push(registerInspector(app, devtools.inspector))
      devtools.afterRender(root.value)
    })
    onUpdated(() => devtools.afterRender(root.value))
    onBeforeUnmount(() => {
      for (const stop of stops.splice(0)) stop()
    })
    return () => {
      const node = view(state.value, devtools)
      return toVue({ ...node, props: { ...node.props, ref: root } })
    }
  },
})
