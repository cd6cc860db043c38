import css from '@channelkit/styles/channelkit.css?raw'
import { tokensOf } from '../../../shared/tokens'

const swatch = (value: string | undefined) =>
  value?.startsWith('#') ? (
    <span className="ck-doc-swatch" style={{ background: value }} aria-hidden="true" />
  ) : null

/** Every `--ck-*` variable of @channelkit/styles, its light and dark values, read from the stylesheet itself. */
export function TokensTable() {
  const tokens = tokensOf(css)
  return (
    <table className="ck-doc-tokens">
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name} data-token={token.name}>
            <td>
              <code>{token.name}</code>
            </td>
            <td>
              {swatch(token.light)} <code>{token.light}</code>
            </td>
            <td>
              {swatch(token.dark)} <code>{token.dark ?? 'same'}</code>
            </td>
            <td>{token.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
