declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  // biome-ignore lint/suspicious/noExplicitAny: what any .vue file may be, until vue-tsc reads it
  const component: DefineComponent<object, object, any>
  export default component
}
