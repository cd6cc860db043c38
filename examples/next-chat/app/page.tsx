import { userFromName } from '../lib/chat'
import { browserConnection } from '../lib/pusher'
import { Chat } from './Chat'

/**
 * A Server Component: it reads who you are (`?name=`) and how the browser reaches Pusher (environment
 * variables, at request time), and hands both to the client part as plain props.
 */
export default async function Page({ searchParams }: { searchParams: Promise<{ name?: string }> }) {
  const { name } = await searchParams
  if (!name?.trim()) return <JoinForm />
  return <Chat me={userFromName(name)} connection={browserConnection()} />
}

/** A plain GET form: joining works before (and without) JavaScript. */
function JoinForm() {
  return (
    <main className="chat">
      <h1>ChannelKit chat</h1>
      <form className="chat-composer" action="/" method="get">
        <label htmlFor="name">Your name</label>
        <input id="name" name="name" required />
        <button type="submit">Join</button>
      </form>
    </main>
  )
}
