// npm test runs this: fails when the modules under src/ import each other in a circle, or when the
// rooms do (a room is a folder under src/, such as render/ or read/; a file at the top of src/ is a
// room of its own). Static imports (`import … from`, `export … from`), type-only ones and lazy ones
// (`import('…')`) all count: a cycle through any of them is two parts that cannot be understood apart.
//   node scripts/check-cycles.mjs          exit 1 listing each cycle, else a one-line count
//   node scripts/check-cycles.mjs --rooms  also list which rooms each room imports
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const src = join(root, 'src')

function sources(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g

/** Module → the modules it imports (type-only imports included: they too tie two modules together). */
const graph = new Map()
for (const file of sources(src)) {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')
  const targets = new Set()
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1]).replace(/\.js$/, '.ts')
    if (target.startsWith(src)) targets.add(target)
  }
  graph.set(file, [...targets].sort())
}

/** Tarjan's strongly connected components: every component of more than one node is a cycle. */
function cyclesOf(graph) {
  let index = 0
  const indexes = new Map()
  const lowlinks = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  function connect(node) {
    indexes.set(node, index)
    lowlinks.set(node, index)
    index++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!indexes.has(next)) {
        connect(next)
        lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)))
      } else if (onStack.has(next)) lowlinks.set(node, Math.min(lowlinks.get(node), indexes.get(next)))
    }
    if (lowlinks.get(node) === indexes.get(node)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) cycles.push(component)
    }
  }
  for (const node of [...graph.keys()].sort()) if (!indexes.has(node)) connect(node)
  return cycles
}

const name = file => relative(root, file)
/** src/render/html.ts → src/render/; src/cli.ts → src/cli.ts. */
const room = file => {
  const path = relative(src, file)
  return path.includes('/') ? `src/${path.slice(0, path.indexOf('/'))}/` : `src/${path}`
}
const rooms = new Map()
for (const [file, targets] of graph) {
  const from = room(file)
  if (!rooms.has(from)) rooms.set(from, new Set())
  for (const target of targets) if (room(target) !== from) rooms.get(from).add(room(target))
}
const roomGraph = new Map([...rooms].map(([from, targets]) => [from, [...targets].sort()]))

let failed = false
function report(kind, cycles, edges, label, why) {
  if (cycles.length === 0) return
  failed = true
  process.stderr.write(`${kind} cycles in src/: ${cycles.length}\n`)
  for (const component of cycles) {
    const members = new Set(component)
    process.stderr.write(`- ${component.map(label).sort().join(', ')}\n`)
    for (const from of [...component].sort())
      for (const to of edges.get(from) ?? [])
        if (members.has(to)) process.stderr.write(`    ${label(from)} -> ${label(to)}${why(from, to)}\n`)
  }
}
report('import', cyclesOf(graph), graph, name, () => '')
// Which modules make a room depend on another, so that a room cycle says where to cut it.
const because = (from, to) => {
  const files = [...graph].filter(([file, targets]) => room(file) === from && targets.some(t => room(t) === to))
  return ` (${files.map(([file]) => name(file)).join(', ')})`
}
report('room', cyclesOf(roomGraph), roomGraph, label => label, because)
if (process.argv.includes('--rooms'))
  for (const [from, targets] of [...roomGraph].sort()) process.stdout.write(`${from} -> ${targets.join(' ') || '-'}\n`)
if (failed) process.exit(1)
const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0)
process.stdout.write(
  `no import cycles in src/ (${graph.size} modules, ${edges} imports; ${roomGraph.size} rooms, none in a circle)\n`,
)
