import { useEvent as useChannelKitVue } from '@channelkit/vue'
import { useEchoPublic as useEchoVue } from '@laravel/echo-vue'
import { defineComponent, type PropType } from 'vue'
import { EVENT, type Sink } from './sink'

const bindingProps = {
  channel: { type: String, required: true },
  handler: { type: Function as PropType<Sink['handler']>, required: true },
} as const

export const ChannelKitVue = defineComponent({
  name: 'ChannelKitVue',
  props: bindingProps,
  setup(props) {
    useChannelKitVue(props.channel, EVENT, props.handler)
    return () => null
  },
})

export const EchoVue = defineComponent({
  name: 'EchoVue',
  props: bindingProps,
  setup(props) {
    useEchoVue(props.channel, `.${EVENT}`, props.handler)
    return () => null
  },
})
