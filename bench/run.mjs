// npm run bench: lup-impact against Miller on the same files, measured side by side.
//   npm run bench                  100k and 1M rows
//   npm run bench -- --10m         also 10M rows (about 1.9 GB of CSV in bench/out/, a few minutes)
//   npm run bench -- --runs 5      timing runs per command (default 3)
//   npm run bench -- --only 1m     just one size (100k, 1m or 10m)
//   npm run bench -- --only slow   just the slow-reader scenario (below)
//
// The job is Miller's `stats1 -a sum -g year,partner`: sums of the three measures by year and
// partner (`summarize --by year,partner --format json`), duplicate detection and every other check
// on, as always. Each run is one whole process timed by /usr/bin/time -v, which also gives its peak
// resident memory; the tools take turns run by run (Miller, then lup-impact on each dialect, then
// Miller again, ...) so that a machine busy with other work slows them alike. Reported: the median
// wall time, rows per second, the highest peak RSS, and the ratio of lup-impact's median to
// Miller's (below 1.00: faster). Miller reads the comma file only (it has no decimal commas); the
// semicolon file holds the same records in the Norwegian Excel dialect, and the .xlsx file the same
// records as Excel stores them (bench/make-xlsx.mjs: shared strings, number cells), through the
// spreadsheet reader.
//
// Totals: lup-impact's exact totals from both dialects must be identical; Miller's double-precision
// sums are printed next to them with their distance from the exact value.
//
// Slow readers: 3 million invalid rows, with stdout and stderr piped into a reader that takes 64 KiB
// every 2 ms (about 30 MB/s, slower than lup-impact writes). validate writes every problem (about
// 300 MB of text), summarize --skip-invalid prints the first 1,000 and counts the rest. Memory must
// stay flat however slowly the other end reads: peak RSS is reported against a 256 MiB target.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { formatStartup, measureStartup } from './startup.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = `${root}bench/out/`
mkdirSync(out, { recursive: true })
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const runs = Math.max(1, Number(option('--runs', 3)) || 3)
const SIZES = { '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 }
const only = option('--only', undefined)
const onlySlow = only?.toLowerCase() === 'slow'
const sizes = onlySlow
  ? []
  : only !== undefined
    ? [SIZES[only.toLowerCase()] ?? fail(`--only takes ${[...Object.keys(SIZES), 'slow'].join(', ')}`)]
    : [100_000, 1_000_000, ...(args.includes('--10m') ? [10_000_000] : [])]
const has = command => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const haveMiller = has('mlr')
const haveTime = existsSync('/usr/bin/time')
const bin = `${root}bin/lup-impact.js`

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(2)
}

function dataFile(rows, dialect) {
  const path = `${out}records-${rows}-${dialect}.csv`
  if (!existsSync(path)) {
    process.stderr.write(`generating ${path}\n`)
    execFileSync(process.execPath, [`${root}bench/generate.mjs`, String(rows), dialect, path], { stdio: 'inherit' })
  }
  return path
}

/** The comma file as an Excel workbook (bench/make-xlsx.mjs): the same records, read through the spreadsheet reader. */
function workbookFile(rows) {
  const path = `${out}records-${rows}.xlsx`
  if (!existsSync(path)) {
    process.stderr.write(`generating ${path}\n`)
    execFileSync(process.execPath, [`${root}bench/make-xlsx.mjs`, dataFile(rows, 'comma'), path], { stdio: 'inherit' })
  }
  return path
}

/** One run of `command` (an argv): wall seconds, peak RSS in MiB (NaN without /usr/bin/time) and stdout. */
function measure(command) {
  const argv = haveTime ? ['/usr/bin/time', '-v', ...command] : command
  const start = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) fail(`${command.join(' ')} exited with ${result.status}:\n${result.stderr.slice(-2000)}`)
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')
  return { wall, peakMiB: peak === null ? NaN : Number(peak[1]) / 1024, stdout: result.stdout }
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const lup = file => [process.execPath, bin, 'summarize', file, '--by', 'year,partner', '--format', 'json', '--quiet']
const millerByYear = file => [
  'mlr',
  '--icsv',
  '--ojson',
  'stats1',
  '-a',
  'sum',
  '-f',
  'jobs,savings_nok,co2e_tonnes',
  '-g',
  'year',
  file,
]
const miller = (file, grouped) => [
  'mlr',
  '--icsv',
  '--ojson',
  'stats1',
  '-a',
  'sum',
  '-f',
  'jobs,savings_nok,co2e_tonnes',
  ...(grouped ? ['-g', 'year,partner'] : []),
  file,
]

// Exact decimal text, compared and subtracted without floats.
function toScaled(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text.trim())
  if (match === null) return null
  let digits = `${match[2]}${match[3] ?? ''}`
  let scale = (match[3] ?? '').length - Number(match[4] ?? 0)
  if (scale < 0) {
    digits += '0'.repeat(-scale)
    scale = 0
  }
  return { units: BigInt(`${match[1]}${digits}`), scale }
}
function difference(exact, approximate) {
  const a = toScaled(exact)
  const b = toScaled(approximate)
  if (a === null || b === null) return '?'
  const scale = Math.max(a.scale, b.scale)
  let units = a.units * 10n ** BigInt(scale - a.scale) - b.units * 10n ** BigInt(scale - b.scale)
  if (units < 0n) units = -units
  const digits = units.toString().padStart(scale + 1, '0')
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '')
  return text === '' ? '0' : text
}

const MEASURES = ['jobs', 'savings_nok', 'co2e_tonnes']
const totalsOf = json =>
  Object.fromEntries(
    MEASURES.map(measure => [
      measure,
      new RegExp(`"totals": \\{[^]*?"${measure}": (-?[\\d.]+|null)`).exec(json)?.[1] ?? '?',
    ]),
  )

// --- start-up (bench/startup.mjs: paired with node -e 0, interleaved) ------------------------------
const startup = onlySlow ? null : measureStartup({ runs: Math.max(20, runs * 7) })
const versions = [
  `node ${process.version}`,
  haveMiller ? execFileSync('mlr', ['--version'], { encoding: 'utf8' }).trim() : 'Miller not installed',
]
process.stdout.write(
  `${versions.join(', ')}; ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
    `${runs} runs each, medians${haveTime ? ', peak RSS from /usr/bin/time -v' : ' (no /usr/bin/time: no memory figures)'}\n\n`,
)
if (startup !== null) process.stdout.write(`start-up over bare node:\n${formatStartup(startup)}\n`)

// --- throughput and memory ------------------------------------------------------------------------
const results = []
const line = cells =>
  process.stdout.write(
    `${cells.map((cell, index) => String(cell)[index < 2 ? 'padEnd' : 'padStart']([10, 11, 6, 9, 11, 9, 9][index] ?? 10)).join(' ')}\n`,
  )
if (sizes.length > 0) line(['rows', 'tool', 'input', 'wall s', 'rows/s', 'peak MiB', 'vs Miller'])
for (const rows of sizes) {
  const files = { ',': dataFile(rows, 'comma'), ';': dataFile(rows, 'semicolon'), xlsx: workbookFile(rows) }
  const commands = [
    ...(haveMiller ? [{ tool: 'miller', input: ',', argv: miller(files[','], true) }] : []),
    { tool: 'lup-impact', input: ',', argv: lup(files[',']) },
    { tool: 'lup-impact', input: ';', argv: lup(files[';']) },
    { tool: 'lup-impact', input: 'xlsx', argv: lup(files.xlsx) },
    // Not the same job: Miller grouping by year alone (15 groups where `-g year,partner` has about 100 000,
    // as it takes each partner list `A|B` as a group of its own). How fast Miller reads this file when
    // its groups are few, for comparison.
    ...(haveMiller ? [{ tool: 'miller year', input: ',', argv: millerByYear(files[',']) }] : []),
  ]
  const samples = commands.map(() => [])
  const outputs = []
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => {
      const result = measure(command.argv)
      samples[index].push(result)
      if (run === 0) outputs[index] = result.stdout
    })
  }
  const millerWall = haveMiller ? median(samples[0].map(each => each.wall)) : NaN
  commands.forEach((command, index) => {
    const wall = median(samples[index].map(each => each.wall))
    const peakMiB = Math.max(...samples[index].map(each => each.peakMiB))
    const ratio = wall / millerWall
    line([
      rows,
      command.tool,
      command.input,
      wall.toFixed(2),
      Math.round(rows / wall),
      Number.isNaN(peakMiB) ? '–' : peakMiB.toFixed(0),
      Number.isNaN(ratio) ? '–' : ratio.toFixed(2),
    ])
    results.push({
      rows,
      tool: command.tool,
      input: command.input,
      wallSeconds: wall,
      walls: samples[index].map(each => each.wall),
      peakMiB,
      ratioToMiller: ratio,
    })
  })
  if (haveMiller) {
    const floor = median(samples[commands.length - 1].map(each => each.wall))
    const lupWalls = [1, 2].map(index => median(samples[index].map(each => each.wall)))
    process.stdout.write(
      `           against Miller by year alone (${floor.toFixed(2)} s): lup-impact ${lupWalls.map(wall => (wall / floor).toFixed(2)).join(' (,) and ')} (;)\n`,
    )
  }
  // Totals: exact from both dialects (must be identical), and Miller's doubles beside them.
  const lupOffset = haveMiller ? 1 : 0
  const comma = totalsOf(outputs[lupOffset])
  const semicolon = totalsOf(outputs[lupOffset + 1])
  const workbook = totalsOf(outputs[lupOffset + 2])
  const same = MEASURES.every(
    measure => comma[measure] === semicolon[measure] && comma[measure] === workbook[measure] && comma[measure] !== '?',
  )
  process.stdout.write(
    `           exact totals (lup-impact, ${same ? 'identical from both dialects and the workbook' : 'DIFFERENT between dialects or the workbook'}): ${MEASURES.map(measure => `${measure} ${comma[measure]}`).join(', ')}\n`,
  )
  if (haveMiller) {
    const text = execFileSync(miller(files[','], false)[0], miller(files[','], false).slice(1), { encoding: 'utf8' })
    const sums = Object.fromEntries(
      MEASURES.map(measure => [measure, new RegExp(`"${measure}_sum": ([-\\d.e+]+)`).exec(text)?.[1] ?? '?']),
    )
    process.stdout.write(
      `           Miller's doubles: ${MEASURES.map(measure => `${measure} ${sums[measure]} (off by ${difference(comma[measure], sums[measure])})`).join(', ')}\n`,
    )
    results.push({ rows, totals: comma, millerTotals: sums })
  }
  if (!same) process.exitCode = 1
}
// --- slow readers ---------------------------------------------------------------------------------
const SLOW_ROWS = 3_000_000
const slowReader = `${out}slow-reader.mjs`
writeFileSync(
  slowReader,
  `// Reads standard input 64 KiB at a time, 2 ms apart, and counts the bytes.
import { readSync } from 'node:fs'
const buffer = Buffer.alloc(65536)
let total = 0
for (;;) {
  let read = 0
  try { read = readSync(0, buffer, 0, buffer.length, null) } catch (error) { if (error.code === 'EAGAIN') continue; throw error }
  if (read === 0) break
  total += read
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2)
}
process.stdout.write(String(total))
`,
)
const badFile = `${out}bad-rows-${SLOW_ROWS}.csv`
if (!existsSync(badFile)) {
  process.stderr.write(`generating ${badFile}\n`)
  const parts = ['project_id,year,partner,jobs\n']
  for (let row = 0; row < SLOW_ROWS; row++) parts.push(`P${row},20x6,Partner ${row % 100},1\n`)
  writeFileSync(badFile, parts.join(''))
}
const slow = []
if (haveTime) {
  process.stdout.write(
    `\nslow readers: ${SLOW_ROWS} invalid rows, stdout and stderr piped into a reader of about 30 MB/s\n`,
  )
  const scenarios = [
    ['validate', [bin, 'validate', badFile]],
    ['validate --format json', [bin, 'validate', badFile, '--format', 'json']],
    ['summarize --skip-invalid', [bin, 'summarize', badFile, '--skip-invalid']],
  ]
  for (const [name, argv] of scenarios) {
    const rss = `${out}slow-rss.txt`
    const quoted = [process.execPath, ...argv].map(word => `'${word.replace(/'/g, "'\\''")}'`).join(' ')
    const start = process.hrtime.bigint()
    const piped = spawnSync(
      'sh',
      ['-c', `/usr/bin/time -v -o '${rss}' ${quoted} 2>&1 | '${process.execPath}' '${slowReader}'`],
      { encoding: 'utf8' },
    )
    const wall = Number(process.hrtime.bigint() - start) / 1e9
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(rss, 'utf8'))
    const peakMiB = peak === null ? NaN : Number(peak[1]) / 1024
    const bytes = Number(piped.stdout)
    process.stdout.write(
      `  ${name.padEnd(26)} ${wall.toFixed(1).padStart(6)} s  ${(bytes / 2 ** 20).toFixed(1).padStart(6)} MiB read by the slow reader  peak RSS ${peakMiB.toFixed(0)} MiB ${peakMiB < 256 ? '(under 256 MiB)' : '(OVER 256 MiB)'}\n`,
    )
    slow.push({ scenario: name, rows: SLOW_ROWS, wallSeconds: wall, bytesRead: bytes, peakMiB })
    if (!(peakMiB < 256)) process.exitCode = 1
  }
}

writeFileSync(
  `${out}results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, startup, results, slow }, null, 2)}\n`,
)
process.stdout.write(`\n(all runs: bench/out/results.json)\n`)
