import { h, type VNode } from 'vue'
import type { Child } from '../core'

/** A view node as Vue vnodes: the view already uses Vue's names. */
export function toVue(node: Child): VNode | string | null {
  if (!node) return null
  if (typeof node === 'string') return node
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(node.props)) if (value !== undefined) props[name] = value
  return h(node.tag, props, node.children.map(toVue))
}
