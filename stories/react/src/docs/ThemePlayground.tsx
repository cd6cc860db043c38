import {
  ConnectionStatusView,
  LiveNotificationsView,
  OnlineUsersView,
  TypingIndicatorView,
} from '@channelkit/react-ui'
import { type CSSProperties, useId, useState } from 'react'
import { sample } from '../../../shared/meta/Tests'

/** The variables the playground edits, with their defaults (light theme). */
const editable = [
  { name: '--ck-accent', type: 'color', value: '#4f46e5' },
  { name: '--ck-accent-fg', type: 'color', value: '#ffffff' },
  { name: '--ck-bg', type: 'color', value: '#ffffff' },
  { name: '--ck-fg', type: 'color', value: '#18181b' },
  { name: '--ck-raised', type: 'color', value: '#ffffff' },
  { name: '--ck-more-bg', type: 'color', value: '#5b5b66' },
  { name: '--ck-radius', type: 'text', value: '0.5rem' },
  { name: '--ck-space', type: 'text', value: '0.5rem' },
  { name: '--ck-avatar-size', type: 'text', value: '2rem' },
  { name: '--ck-font-size', type: 'text', value: '0.875rem' },
] as const

/**
 * A live playground of the `--ck-*` variables: change one and the components below follow; the CSS to paste
 * into your app is under them.
 */
export function ThemePlayground() {
  const id = useId()
  const [values, setValues] = useState<Record<string, string>>({})
  const changed = editable.filter((v) => values[v.name] !== undefined && values[v.name] !== v.value)
  const snippet = changed.length
    ? `:root {\n${changed.map((v) => `  ${v.name}: ${values[v.name]};`).join('\n')}\n}`
    : '/* Change a variable above: the CSS for your app shows here. */'
  return (
    <div className="ck-doc-playground" data-theme="light">
      <fieldset className="ck-doc-controls">
        <legend>Variables</legend>
        {editable.map((variable) => (
          <label key={variable.name} htmlFor={`${id}${variable.name}`}>
            <code>{variable.name}</code>
            <input
              id={`${id}${variable.name}`}
              type={variable.type}
              value={values[variable.name] ?? variable.value}
              onChange={(event) => setValues({ ...values, [variable.name]: event.target.value })}
            />
          </label>
        ))}
        <button type="button" onClick={() => setValues({})}>
          Reset
        </button>
      </fieldset>
      <div className="ck-doc-preview ck-story-frame" style={values as CSSProperties} data-ck-playground="">
        <ConnectionStatusView {...sample.connection} />
        <OnlineUsersView {...sample.online} />
        <OnlineUsersView {...sample.list} />
        <TypingIndicatorView {...sample.typing} />
        <LiveNotificationsView notifications={sample.notifications} />
      </div>
      <pre className="ck-doc-snippet">
        <code>{snippet}</code>
      </pre>
    </div>
  )
}
