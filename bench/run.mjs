// npm run bench: lup-impact against Miller on the same files, measured side by side.
//   npm run bench                 100k and 1M rows
//   npm run bench -- --10m        also 10M rows (about 900 MB of CSV in bench/out/)
//   npm run bench -- --runs 5     more timing runs per command (default 3)
// Times are whole-process wall times (hyperfine when installed, else the best of
// the runs); peak memory is the maximum resident set size from /usr/bin/time -v.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = `${root}bench/out/`
mkdirSync(out, { recursive: true })
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3
const sizes = [100_000, 1_000_000, ...(args.includes('--10m') ? [10_000_000] : [])]
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const haveMiller = has('mlr')
const haveHyperfine = has('hyperfine')
const haveTime = existsSync('/usr/bin/time')

function dataFile(rows, dialect) {
  const path = `${out}records-${rows}-${dialect}.csv`
  if (!existsSync(path)) {
    process.stderr.write(`generating ${path}\n`)
    execFileSync(process.execPath, [`${root}bench/generate.mjs`, String(rows), dialect, path], { stdio: 'inherit' })
  }
  return path
}

function wallSeconds(command) {
  if (haveHyperfine) {
    const json = `${out}hyperfine.json`
    execFileSync('hyperfine', ['--runs', String(runs), '--warmup', '1', '--style', 'none', '--export-json', json, command], { stdio: ['ignore', 'ignore', 'inherit'] })
    const result = JSON.parse(readFileSync(json, 'utf8')).results[0]
    return { mean: result.mean, min: result.min }
  }
  const times = []
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    spawnSync('sh', ['-c', `${command} > /dev/null`])
    times.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  return { mean: times.reduce((a, b) => a + b) / times.length, min: Math.min(...times) }
}

function peakMiB(command) {
  if (!haveTime) return NaN
  const result = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', `${command} > /dev/null`], { encoding: 'utf8' })
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  return match === null ? NaN : Number(match[1]) / 1024
}

const lup = (file, extra = '') => `node ${root}bin/lup-impact.js summarize ${file} --by year,partner --format json --quiet ${extra}`
const mlr = (file, groups) => `mlr --icsv --ojson stats1 -a sum -f jobs,savings_nok,co2e_tonnes ${groups ? '-g year,partner' : ''} ${file}`

function totalsAgree(file) {
  const ours = JSON.parse(execFileSync('sh', ['-c', lup(file)], { encoding: 'utf8', maxBuffer: 1 << 30 })).totals
  if (!haveMiller) return { ours, miller: null }
  const text = execFileSync('sh', ['-c', mlr(file, false)], { encoding: 'utf8' })
  // Miller's sums are doubles: keep its digits as printed to show how far they drift.
  const miller = Object.fromEntries([...text.matchAll(/"(\w+)_sum": ([-\d.e+]+)/g)].map((match) => [match[1], match[2]]))
  return { ours, miller }
}

const rowsOut = []
const line = (cells) => process.stdout.write(`${cells.map((cell, i) => String(cell).padStart(i === 0 ? 9 : 12)).join(' ')}\n`)
process.stdout.write(`node ${process.version}, ${haveMiller ? execFileSync('mlr', ['--version'], { encoding: 'utf8' }).trim() : 'Miller not installed'}, ${runs} runs each${haveHyperfine ? ' (hyperfine)' : ''}\n\n`)

const startup = { node: wallSeconds('node -e 0').mean, sample: wallSeconds(`node ${root}bin/lup-impact.js summarize ${root}data/lup-sample.csv`).mean }
process.stdout.write(`start-up: node -e 0 ${(startup.node * 1000).toFixed(0)} ms, summarize data/lup-sample.csv ${(startup.sample * 1000).toFixed(0)} ms (+${((startup.sample - startup.node) * 1000).toFixed(0)} ms)\n\n`)

line(['rows', 'tool', 'dialect', 'wall s', 'rows/s', 'peak MiB', 'vs Miller'])
for (const rows of sizes) {
  const comma = dataFile(rows, 'comma')
  const semicolon = dataFile(rows, 'semicolon')
  const millerTime = haveMiller ? wallSeconds(mlr(comma, true)) : null
  if (millerTime !== null) {
    const peak = peakMiB(mlr(comma, true))
    line([rows, 'miller', ',', millerTime.mean.toFixed(2), Math.round(rows / millerTime.mean), peak.toFixed(0), '1.00'])
    rowsOut.push({ rows, tool: 'miller', dialect: 'comma', wall: millerTime.mean, peakMiB: peak })
  }
  for (const [dialect, file] of [['comma', comma], ['semicolon', semicolon]]) {
    const time = wallSeconds(lup(file))
    const peak = peakMiB(lup(file))
    const ratio = millerTime === null ? NaN : time.mean / millerTime.mean
    line([rows, 'lup-impact', dialect === 'comma' ? ',' : ';', time.mean.toFixed(2), Math.round(rows / time.mean), peak.toFixed(0), Number.isNaN(ratio) ? '–' : ratio.toFixed(2)])
    rowsOut.push({ rows, tool: 'lup-impact', dialect, wall: time.mean, peakMiB: peak, ratioToMiller: ratio })
  }
  const agree = totalsAgree(comma)
  process.stdout.write(`          totals (exact): jobs ${agree.ours.jobs}, savings_nok ${agree.ours.savings_nok}, co2e_tonnes ${agree.ours.co2e_tonnes}\n`)
  if (agree.miller !== null) {
    process.stdout.write(`          Miller (doubles): jobs ${agree.miller.jobs}, savings_nok ${agree.miller.savings_nok}, co2e_tonnes ${agree.miller.co2e_tonnes}\n`)
  }
}
writeFileSync(`${out}results.json`, `${JSON.stringify({ node: process.version, runs, startup, results: rowsOut }, null, 2)}\n`)
