// Builds the program into one file, dist/lup-impact.cjs, straight from src/ (esbuild; about half a
// second): the command (bin/lup-impact.js) and the library (dist/index.js) both run it.
//
// Why one CommonJS file: start-up is most of a run on a programme-sized file, and loading ~90
// modules (or the three packages we use, from node_modules) costs more than one file; CommonJS
// started faster than the same bundle as an ES module (README.md, "Start-up"). Node >= 22.1 keeps its
// compiled code between runs (module.enableCompileCache, called by bin/lup-impact.js).
//
// Why the packages we use (commander, chalk, csv-stringify) are inside it and not dependencies:
// an install then has nothing to resolve, the versions tested are the versions run, and a run does
// not look them up in node_modules. Their licences go with it (dist/THIRD-PARTY-LICENSES.txt).
//
// The spreadsheet reader (src/read/xlsx-reader.ts, with the zip and XML readers it needs, yauzl and
// saxes) is a file of its own, dist/lup-impact-xlsx.cjs, loaded by read/index.ts only when a source
// is a workbook: its ~170 KB stay out of what every start parses.
//
// Also written: dist/index.js, the library's ES-module door to the same file (its types come from
// tsc, dist/index.d.ts); dist/lup-impact.cjs.map, which --debug uses to name src/ files in stack
// traces; and, for a checkout only (not packed), dist/bundle-inputs.json: every file the bundle was
// made from with its size and time, which bin/lup-impact.js compares to rebuild a stale bundle.
//
//   node scripts/bundle.mjs [--clean]      (--clean: empty dist/ first, as `npm run build` does)
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const OUTPUTS = {
  bundle: 'dist/lup-impact.cjs',
  xlsx: 'dist/lup-impact-xlsx.cjs',
  map: 'dist/lup-impact.cjs.map',
  library: 'dist/index.js',
  licenses: 'dist/THIRD-PARTY-LICENSES.txt',
  inputs: 'dist/bundle-inputs.json',
}

/** Writes `content` to `path` by renaming a temporary file over it: a run that reads it meanwhile sees old or new. */
function writeAtomically(path, content) {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  const { size, mtimeMs } = statSync(temporary)
  renameSync(temporary, path)
  return { size, mtimeMs }
}

/** The licence texts of the packages inside the bundle, from the inputs esbuild read. */
function licenses(inputs) {
  const packages = new Map() // name → folder (node_modules may be a link elsewhere)
  for (const input of inputs) {
    const match = /^(.*?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input)
    if (match !== null) packages.set(match[2], join(ROOT, match[1]))
  }
  const sections = [...packages.keys()].sort().map(name => {
    const folder = packages.get(name)
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
    // A package that ships no licence file (saxes) has its repository's licence in scripts/licenses/.
    const file = ['LICENSE', 'LICENSE.md', 'license', 'LICENSE.txt']
      .map(each => join(folder, each))
      .concat(join(ROOT, 'scripts', 'licenses', `${name}.txt`))
      .find(path => {
        try {
          return statSync(path).isFile()
        } catch {
          return false
        }
      })
    if (file === undefined) throw new Error(`bundle: ${name} has no licence file to ship with it`)
    return `${name}@${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`
  })
  return `lup-impact's dist/lup-impact.cjs contains these packages, under these licences:\n\n${sections.join('\n---\n\n')}`
}

/** read/index.ts's `import('./xlsx-reader.js')` loads the spreadsheet reader's own file at run time. */
const xlsxApart = {
  name: 'xlsx-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/xlsx-reader\.js$/ }, () => ({ path: './lup-impact-xlsx.cjs', external: true }))
  },
}

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  write: false,
  logLevel: 'warning',
  // Top-level modules find package.json and data/ from their own URL; the bundle sits in dist/ as
  // their compiled twins would.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
}

export async function bundle({ clean = false } = {}) {
  if (clean) rmSync(join(ROOT, 'dist'), { recursive: true, force: true })
  const xlsx = await build({ ...COMMON, entryPoints: ['src/read/xlsx-reader.ts'], outfile: OUTPUTS.xlsx })
  const result = await build({
    ...COMMON,
    plugins: [xlsxApart],
    // The command's code is evaluated at load; the library's (report, HTML, charts) only when a
    // program imports it (dist/index.js calls loadLibrary()), which keeps that out of every start.
    stdin: {
      contents: "export { main } from './src/cli.ts'\nexport const loadLibrary = () => import('./src/index.ts')\n",
      resolveDir: ROOT,
      sourcefile: 'bundle-entry.ts',
      loader: 'ts',
    },
    outfile: OUTPUTS.bundle,
  })
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  for (const file of [...xlsx.outputFiles, ...result.outputFiles]) writeAtomically(file.path, file.contents)
  const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(xlsx.metafile.inputs)])]
    .filter(input => input !== 'bundle-entry.ts') // the entry above, written here, not a file
    .sort()
  writeAtomically(join(ROOT, OUTPUTS.licenses), licenses(inputs))
  // The library's ES-module entry: the bundle's library part, by name (so that importers and tools see
  // every export), loaded when a program imports it.
  const { loadLibrary } = createRequire(import.meta.url)(join(ROOT, OUTPUTS.bundle))
  const names = Object.keys(await loadLibrary())
    .filter(name => name !== 'default' && name !== '__esModule')
    .sort()
  writeAtomically(
    join(ROOT, OUTPUTS.library),
    `// The library's ES-module entry (made by scripts/bundle.mjs): the library part of the bundle the command runs.\n` +
      `import bundle from './lup-impact.cjs'\n\nconst library = await bundle.loadLibrary()\n\n` +
      names.map(name => `export const ${name} = library.${name}\n`).join(''),
  )
  // Written last, so that it never vouches for a bundle not yet in place.
  const stamp = path => {
    const { size, mtimeMs } = statSync(join(ROOT, path))
    return [path, size, mtimeMs]
  }
  const manifest = {
    note: 'Made by scripts/bundle.mjs; bin/lup-impact.js rebuilds the bundle when any of these files differs.',
    files: [stamp(OUTPUTS.bundle), stamp(OUTPUTS.xlsx), ...inputs.map(stamp)],
  }
  const lines = manifest.files.map(file => JSON.stringify(file)).join(',\n  ')
  writeAtomically(
    join(ROOT, OUTPUTS.inputs),
    `{\n"note": ${JSON.stringify(manifest.note)},\n"files": [\n  ${lines}\n]}\n`,
  )
  return { bundle: join(ROOT, OUTPUTS.bundle), inputs }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle({ clean: process.argv.includes('--clean') })
}
