import { defineAsyncComponent, defineComponent, h, onMounted, ref } from 'vue'
import { devtoolsProps } from './props'

// The panel is its own chunk: an app loads it when the devtools first render, not with its own code.
const Panel = /* @__PURE__ */ defineAsyncComponent(() => import('./Panel'))

/**
 * ChannelKit's devtools: a toggle in a corner that opens a resizable panel. Uses the plugin's kit unless
 * given `kit`. Renders nothing on the server and until mounted (no hydration mismatch). Registers a
 * "ChannelKit" inspector in Vue Devtools when @vue/devtools-api is installed.
 */
export const ChannelKitDevtools = /* @__PURE__ */ defineComponent({
  name: 'ChannelKitDevtools',
  props: devtoolsProps,
  setup(props) {
    const mounted = ref(false)
    onMounted(() => {
      mounted.value = true
    })
    return () => (mounted.value ? h(Panel, props) : null)
  },
})
