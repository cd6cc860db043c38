import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createPackedApp, type PackedApp } from './support/packed'
import { root } from './support/paths'

// "Testing your app" as a user does it: an app outside the workspace installs @channelkit/testing and the
// bindings from packed tarballs, and its own tests (e2e/fixtures/testingApp) run in Vitest (React in
// happy-dom, Vue in jsdom) and in Jest (React in jsdom). So do the complete tests that docs/testing.md and
// the package's README show, as they are written there.

interface Results {
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[]
}

interface DocTest {
  file: string
  runner: 'vitest' | 'jest'
  source: string
}

/** The fenced blocks of the guide and the README that are whole test files (they call `test(`). */
function docTests(): DocTest[] {
  const found: DocTest[] = []
  for (const [doc, prefix] of [
    ['docs/testing.md', 'guide'],
    ['packages/testing/README.md', 'readme'],
  ] as const) {
    const markdown = readFileSync(join(root, doc), 'utf8')
    for (const [, lang, source] of markdown.matchAll(/```(tsx?)\n([\s\S]*?)```/g)) {
      if (!source!.includes('\ntest(')) continue
      const runner = source!.includes("from '@jest/globals'") ? 'jest' : 'vitest'
      const name = `${prefix}-${found.length + 1}`
      found.push({
        runner,
        source: source!,
        file: runner === 'jest' ? `${name}.jest.${lang}` : `${name}.spec.${lang}`,
      })
    }
  }
  return found
}

const outcomes = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Results).testResults
    .flatMap((suite) => suite.assertionResults)
    .map(({ title, status, failureMessages }) => ({ title, status, failure: failureMessages.join('\n') }))
    .sort((a, b) => a.title.localeCompare(b.title))

function partition<T extends { title: string }>(all: T[], titles: string[]): [T[], T[]] {
  return [all.filter((o) => !titles.includes(o.title)), all.filter((o) => titles.includes(o.title))]
}

describe('@channelkit/testing from packed tarballs, in an app outside the workspace', () => {
  let app: PackedApp
  const docs = docTests()
  const docTitles = (runner: DocTest['runner']) =>
    docs.filter((doc) => doc.runner === runner).map((doc) => /\ntest\('([^']+)'/.exec(doc.source)![1]!)

  beforeAll(() => {
    app = createPackedApp({
      packages: ['core', 'react', 'vue', 'server', 'testing'],
      devPackages: ['server', 'testing'],
      files: join(root, 'e2e/fixtures/testingApp'),
      dependencies: { 'pusher-js': '8.6.0', react: '19.3.1', 'react-dom': '19.3.1', vue: '3.5.45' },
      devDependencies: {
        '@swc/core': '1.16.22',
        '@swc/jest': '0.2.39',
        '@testing-library/dom': '10.4.2',
        '@testing-library/react': '16.3.3',
        '@testing-library/vue': '8.1.0',
        '@jest/globals': '30.5.2',
        '@vue/test-utils': '2.4.6',
        '@types/node': '20.19.43',
        '@types/react': '19.3.0',
        '@vitejs/plugin-react': '6.3.0',
        '@vitejs/plugin-vue': '6.0.11',
        'happy-dom': '21.0.4',
        jest: '30.5.2',
        'jest-environment-jsdom': '30.5.2',
        jsdom: '26.1.0',
        typescript: '5.9.3',
        vitest: '4.1.12',
      },
      builtDependencies: ['@swc/core', 'esbuild'],
    })
    mkdirSync(join(app.dir, 'src/docs'))
    for (const doc of docs) writeFileSync(join(app.dir, 'src/docs', doc.file), doc.source)
    console.log(
      `[testing-app] ${app.dir}: build ${app.timings.build} ms, pack ${app.timings.pack} ms, install ${app.timings.install} ms`,
    )
  })

  afterAll(() => app?.remove())

  test('Vitest: the React test (happy-dom) and the Vue test (jsdom) pass; a wait that cannot succeed fails saying why', () => {
    const results = join(app.dir, 'vitest.json')
    const run = app.exec('vitest', ['run', '--reporter=json', `--outputFile=${results}`])
    console.log(`[testing-app] vitest run: ${run.ms} ms`)
    expect(run.status, run.output).toBe(1)
    const [mine, fromDocs] = partition(outcomes(results), docTitles('vitest'))
    expect(fromDocs, 'the tests of docs/testing.md and the README').toEqual(
      docTitles('vitest')
        .sort((a, b) => a.localeCompare(b))
        .map((title) => ({ title, status: 'passed', failure: '' })),
    )
    expect(mine).toEqual([
      {
        title: 'React: a channel nobody subscribes to fails the wait',
        status: 'failed',
        failure: expect.stringContaining(
          'TestingError: No connection subscribed to "presence-elsewhere" (0 subscribed, 0 pusher:subscribe received',
        ),
      },
      {
        title: 'React: shows who is online and the messages, and sends a wave',
        status: 'passed',
        failure: '',
      },
      { title: 'Vue: shows who is online and the messages, and sends a wave', status: 'passed', failure: '' },
    ])
  })

  test('Jest 30 with @swc/jest: the React test passes in jsdom, and Jest exits with nothing left open', () => {
    const results = join(app.dir, 'jest.json')
    const run = app.exec('jest', ['--json', `--outputFile=${results}`])
    console.log(`[testing-app] jest: ${run.ms} ms`)
    expect(run.status, run.output).toBe(0)
    expect(run.output).not.toMatch(/did not exit|open handle/i)
    expect(outcomes(results)).toEqual(
      ['Jest: shows who is online and the messages, and sends a wave', ...docTitles('jest')]
        .sort((a, b) => a.localeCompare(b))
        .map((title) => ({ title, status: 'passed', failure: '' })),
    )
  })

  test('the guide has a complete test per framework and runner', () => {
    expect(docs.map((doc) => doc.file)).toEqual([
      'guide-1.spec.tsx',
      'guide-2.spec.tsx',
      'guide-3.spec.ts',
      'guide-4.spec.ts',
      'guide-5.jest.tsx',
      'readme-6.spec.tsx',
    ])
  })

  test("the app's tests and the docs' tests typecheck against the packed types", () => {
    const run = app.exec('tsc', ['--noEmit', '-p', 'tsconfig.json'])
    expect(run.status, run.output).toBe(0)
  })
})
