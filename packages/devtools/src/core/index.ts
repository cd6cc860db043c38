// The framework-free devtools: its state and actions (createDevtools) and its markup as data (view).
// Internal to @channelkit/devtools: the React and Vue renderers draw it.
export { createDevtools, type DevtoolsController, sizeOf } from './createDevtools'
export type { Child, Props, ViewNode } from './node'
export type * from './types'
export { view } from './view'
