import { useState } from 'react'

export function JoinForm({ onJoin }: { onJoin: (name: string) => void }) {
  const [name, setName] = useState('')
  return (
    <main className="chat">
      <h1>ChannelKit chat</h1>
      <form
        className="chat-composer"
        onSubmit={(event) => {
          event.preventDefault()
          if (name.trim()) onJoin(name)
        }}
      >
        <label htmlFor="name">Your name</label>
        <input id="name" value={name} onChange={(e) => setName(e.target.value)} required />
        <button type="submit">Join</button>
      </form>
    </main>
  )
}
