// Node's compile cache (Node >= 22.1) as the command uses it: only a directory of this user's own is
// trusted with it. An entry is checked by a CRC alone, so one written by someone else, with its CRC made
// right again, would be run: a V8 fatal error (exit 133) for every command, or their code.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/run-cli.js'

const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'
const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-compile-cache-'))
const SAMPLE = join(ROOT, 'data/lup-sample.csv')
const OURS = `lup-impact-compile-cache-${process.getuid?.() ?? ''}`

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** Every file under `directory`, made writable by all, as a cache someone else left. */
function openToAll(directory: string): string[] {
  chmodSync(directory, 0o777)
  const files: string[] = []
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    chmodSync(path, entry.isDirectory() ? 0o777 : 0o666)
    if (entry.isFile()) files.push(path)
  }
  return files
}

/** Damages the compiled code of an entry and makes its checksum right again (Node 22/24's layout: 5 × u32, then the code). */
function forge(path: string): void {
  const bytes = readFileSync(path)
  if (bytes.length < 4096) return
  for (let position = bytes.length >> 1; position < (bytes.length >> 1) + 64; position++)
    bytes[position] = (bytes[position] as number) ^ 0x5a
  bytes.writeUInt32LE(crc32(bytes.subarray(20)), 16)
  writeFileSync(path, bytes)
}

describe.runIf(hasCompileCache)("Node's compile cache", () => {
  it('is kept in a private directory of this user in TMPDIR', async () => {
    const temporary = scratch()
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv'], { env: { TMPDIR: temporary } })
    expect(result.exitCode).toBe(0)
    expect(readdirSync(temporary)).toEqual([OURS])
  })

  it('left in TMPDIR by someone else (damaged, checksums made right) is never run', async () => {
    const own = scratch()
    const first = await runCli(['summarize', SAMPLE, '--format', 'csv'], { env: { TMPDIR: own } })
    expect(first.exitCode).toBe(0)
    // A shared temporary directory where another user has left that cache, under Node's default name
    // and under ours, open to all and with every entry damaged.
    const [made] = readdirSync(own)
    const shared = scratch()
    for (const name of ['node-compile-cache', OURS]) {
      cpSync(join(own, made as string), join(shared, name), { recursive: true })
      for (const file of openToAll(join(shared, name))) forge(file)
    }
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv'], { env: { TMPDIR: shared } })
    expect(result).toEqual(first)
  })
})
