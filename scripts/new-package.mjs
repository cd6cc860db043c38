// Not part of the build: scaffolds packages/<dir> with the shared layout (kept for later packages).
import { execSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'

const [dir, name, description, env = 'node'] = process.argv.slice(2)
const base = `packages/${dir}`
mkdirSync(`${base}/src`, { recursive: true })
const write = (/** @type {string} */ f, /** @type {string} */ s) =>
  existsSync(`${base}/${f}`) || writeFileSync(`${base}/${f}`, s)
write(
  'package.json',
  `${JSON.stringify(
    {
      name,
      version: '0.1.0',
      description,
      keywords: ['pusher', 'pusher-channels'],
      homepage: `https://github.com/channelkit/channelkit/tree/main/packages/${dir}#readme`,
      bugs: { url: 'https://github.com/channelkit/channelkit/issues' },
      repository: {
        type: 'git',
        url: 'https://github.com/channelkit/channelkit.git',
        directory: `packages/${dir}`,
      },
      license: 'MIT',
      author: 'ChannelKit contributors',
      type: 'module',
      sideEffects: false,
      files: ['dist', 'src', '!src/**/*.test.*', '!src/__tests__'],
      main: './dist/index.cjs',
      module: './dist/index.js',
      types: './dist/index.d.ts',
      exports: {
        '.': {
          source: './src/index.ts',
          import: { types: './dist/index.d.ts', default: './dist/index.js' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
        './package.json': './package.json',
      },
      scripts: { build: 'tsup', typecheck: 'tsc --noEmit -p tsconfig.json' },
      engines: { node: '>=20' },
      publishConfig: { access: 'public' },
    },
    null,
    2,
  )}\n`,
)
write(
  'tsconfig.json',
  `${JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', '*.ts'] }, null, 2)}\n`,
)
write(
  'tsup.config.ts',
  `import { defineConfig } from 'tsup'
import { library } from '../../tsup.shared'

export default defineConfig(library)
`,
)
write(
  'vitest.config.ts',
  `import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

export default defineProject({
  ...sourceConditions,
  test: { name: '${dir}', environment: '${env}' },
})
`,
)
write('README.md', `# ${name}\n\n${description}\n`)
write('src/index.ts', 'export {}\n')
write('CHANGELOG.md', `# ${name}\n`)
// npm packs a LICENSE only from the package's own folder; packaging/metadata.test.ts checks it is the root's.
if (!existsSync(`${base}/LICENSE`)) copyFileSync('LICENSE', `${base}/LICENSE`)
// A package that builds on core moves with it: add it to the `fixed` group of .changeset/config.json.
execSync(`pnpm biome format --write ${base}`, { stdio: 'inherit' })
