// Keeps the example outputs of README.md and docs/*.md identical to the golden CLI cases, so they
// cannot drift.
//   <!-- output: summarize/sample-table [head=N | tail=N] [nocmd] [file=NAME [filehead=N]] -->
// (file=NAME shows a file the case writes, `written-NAME`, as `$ cat NAME` after the run;
// NAME may be in a folder, report/report.md; filehead=N shows its first N lines)
//   ```console
//   (filled in from test/cases/summarize/sample-table/{cmd,stdout,stderr})
//   ```
// `node scripts/readme-blocks.mjs` rewrites them; test/docs.test.ts fails when one is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const MARKER = /(<!-- output: (\S+)((?: [a-z]+(?:=[\w./-]+)?)*) -->\n```console\n)([\s\S]*?)(```)/g

function block(name, flags) {
  const read = file => readFileSync(`${ROOT}test/cases/${name}/${file}`, 'utf8')
  const cut = (text, lines) => {
    const all = text.split('\n')
    return lines !== null && all.length > Number(lines[1]) + 1
      ? `${all.slice(0, Number(lines[1])).join('\n')}\n…\n`
      : text
  }
  const last = /(?<![a-z])tail=(\d+)/.exec(flags)
  const ends = read('stdout').split('\n')
  // tail=N: the last N lines of the output (its final newline not counted), after "…".
  const stdout =
    last !== null && ends.length > Number(last[1]) + 1
      ? `…\n${ends.slice(-Number(last[1]) - 1).join('\n')}`
      : cut(read('stdout'), /(?<![a-z])head=(\d+)/.exec(flags))
  const command = flags.includes('nocmd') ? '' : `$ lup-impact ${read('cmd').trim()}\n`
  const file = /file=(\S+)/.exec(flags)
  const written =
    file === null ? '' : `$ cat ${file[1]}\n${cut(read(`written-${file[1]}`), /filehead=(\d+)/.exec(flags))}`
  return `${command}${stdout}${read('stderr')}${written}`
}

export function renderReadme(text) {
  return text.replace(MARKER, (_all, open, name, flags, _old, close) => `${open}${block(name, flags)}${close}`)
}

export function markedCases(text) {
  return [...text.matchAll(MARKER)].map(match => match[2])
}

/** The documents whose output blocks come from the golden cases, relative to the root. */
export const DOCUMENTS = [
  'README.md',
  ...readdirSync(`${ROOT}docs`)
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => `docs/${name}`),
]

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const document of DOCUMENTS) {
    const path = `${ROOT}${document}`
    writeFileSync(path, renderReadme(readFileSync(path, 'utf8')))
  }
}
