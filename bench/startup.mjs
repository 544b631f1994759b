// npm run bench:startup: how much longer than a bare `node -e 0` the command takes to start and
// answer, on the sample (README.md, "Start-up").
//   node bench/startup.mjs [--node PATH] [--runs N]      (default: this Node, 30 runs)
//
// Paired and interleaved, so that a machine busy with other work slows both sides alike: each round
// runs `node -e 0` and then one command, for every command in turn (the order reversed every other
// round), and what is reported per command is the median of the differences within each pair, next
// to the medians of the two sides. Two warm-up rounds come first; on Node >= 22.1 they also fill
// Node's compile cache, as a first run after installing does. Wall-clock time of the whole process,
// from spawn to exit, with stdout and stderr read through pipes. The load average is printed with the
// figures, since other work on the machine moves them.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const bin = `${root}bin/lup-impact.js`
const sample = `${root}data/lup-sample.csv`

export const COMMANDS = [
  { name: '--version', args: ['--version'] },
  { name: 'summarize (table)', args: ['summarize', sample] },
  { name: 'summarize --format json', args: ['summarize', sample, '--format', 'json'] },
]

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function time(node, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${node} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
  return milliseconds
}

/** Runs the pairs; returns the Node version, the load range and per command the medians. */
export function measureStartup({ node = process.execPath, runs = 30 } = {}) {
  const rows = COMMANDS.map(command => ({ ...command, bare: [], own: [], extra: [] }))
  const loads = []
  for (let round = 0; round < runs + 2; round++) {
    for (const row of round % 2 === 0 ? rows : [...rows].reverse()) {
      const bare = time(node, ['-e', '0'])
      const own = time(node, [bin, ...row.args])
      if (round < 2) continue
      row.bare.push(bare)
      row.own.push(own)
      row.extra.push(own - bare)
    }
    loads.push(loadavg()[0])
  }
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  return {
    node: version,
    runs,
    load: [Math.min(...loads), Math.max(...loads)],
    cpus: cpus().length,
    rows: rows.map(row => ({ name: row.name, bare: median(row.bare), own: median(row.own), extra: median(row.extra) })),
  }
}

export function formatStartup(result) {
  const ms = value => `${Math.round(value)} ms`
  const lines = [
    `Node ${result.node}, ${result.runs} pairs per command, ${result.cpus} cores, load average ${result.load[0].toFixed(1)}–${result.load[1].toFixed(1)}`,
    '',
    '| command | `node -e 0` | lup-impact | over bare node (median of pairs) |',
    '|---|---:|---:|---:|',
    ...result.rows.map(row => `| \`${row.name}\` | ${ms(row.bare)} | ${ms(row.own)} | **+${ms(row.extra)}** |`),
  ]
  return `${lines.join('\n')}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const result = measureStartup({ node: option('--node'), runs: Number(option('--runs') ?? 30) })
  process.stdout.write(formatStartup(result))
}
