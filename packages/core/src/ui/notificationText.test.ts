import { describe, expect, it } from 'vitest'
import { notificationText } from './notificationText'

describe('notificationText', () => {
  it('reads strings and numbers as the message', () => {
    expect(notificationText('Deployed')).toEqual({ title: '', message: 'Deployed', announcement: 'Deployed' })
    expect(notificationText(3).message).toBe('3')
  })

  it('reads title and message (or text, or body) from objects', () => {
    expect(notificationText({ title: 'Build', message: 'passed' })).toEqual({
      title: 'Build',
      message: 'passed',
      announcement: 'Build: passed',
    })
    expect(notificationText({ text: 'hi' }).message).toBe('hi')
    expect(notificationText({ body: 'yo' }).message).toBe('yo')
    expect(notificationText({ title: 'Only' }).announcement).toBe('Only')
  })

  it('says nothing for other payloads', () => {
    for (const data of [null, undefined, true, { title: 1 }]) {
      expect(notificationText(data)).toEqual({ title: '', message: '', announcement: '' })
    }
  })
})
