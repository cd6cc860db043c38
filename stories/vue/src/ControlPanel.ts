import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue'
import { mountControlPanel } from '../../shared/controlPanel'

/** The framework-free control panel (event creator, simulated members, typing, notifications). */
export const ControlPanel = defineComponent({
  name: 'ControlPanel',
  props: {
    controlUrl: { type: String, required: true },
    presenceChannel: { type: String, required: true },
    channel: { type: String, required: true },
    event: { type: String, required: true },
  },
  setup(props) {
    const root = ref<HTMLDivElement>()
    let unmount = () => {}
    onMounted(() => {
      unmount = mountControlPanel(root.value!, { ...props })
    })
    onUnmounted(() => unmount())
    return () => h('div', { ref: root })
  },
})
