import { describe, expect, it } from 'vitest'
import { defaultUI, resolveUI } from './config'
import { defaultLabels } from './labels'
import { fr, locales } from './locales'

describe('resolveUI', () => {
  it('without settings is English with the direction inherited', () => {
    expect(resolveUI({})).toEqual(defaultUI)
    expect(defaultUI).toMatchObject({ locale: 'en', dir: undefined, labels: defaultLabels })
  })

  it('picks a built-in pack by language, with its direction', () => {
    expect(resolveUI({ locale: 'fr-CA' }, defaultUI, locales)).toMatchObject({
      locale: 'fr-CA',
      dir: 'ltr',
      labels: fr.labels,
    })
    expect(resolveUI({ locale: 'ar' }, defaultUI, locales).dir).toBe('rtl')
  })

  it('a locale without a pack keeps English strings, its plural rules and the inherited direction', () => {
    const ui = resolveUI({ locale: 'he' }, { ...defaultUI, dir: 'rtl' }, locales)
    expect(ui).toMatchObject({ locale: 'he', dir: 'rtl', labels: defaultLabels })
  })

  it('merges labels over the pack, and nested settings over the outer ones', () => {
    const outer = resolveUI({ locale: 'fr', labels: { typing: { one: '{name} tape…' } } }, defaultUI, locales)
    expect(outer.labels.typing.one).toBe('{name} tape…')
    expect(outer.labels.typing.two).toBe(fr.labels.typing.two)
    const inner = resolveUI({ dir: 'rtl', labels: { connection: { retry: 'Encore' } } }, outer, locales)
    expect(inner).toMatchObject({ locale: 'fr', dir: 'rtl' })
    expect(inner.labels.typing.one).toBe('{name} tape…')
    expect(inner.labels.connection).toEqual({ ...fr.labels.connection, retry: 'Encore' })
  })

  it('every pack has every label of the English one, as plain data', () => {
    const keys = (labels: object) =>
      Object.entries(labels).flatMap(([group, values]) => Object.keys(values).map((key) => `${group}.${key}`))
    for (const [tag, pack] of Object.entries(locales)) {
      expect(keys(pack.labels).sort(), tag).toEqual(keys(defaultLabels).sort())
      expect(JSON.parse(JSON.stringify(pack)), tag).toEqual(pack)
    }
  })
})
