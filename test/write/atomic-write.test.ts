// writeFileAtomic: the target holds the old content or the new, never a mix, and a failed write
// leaves it as it was with no temporary file beside it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/write/atomic-write.js'

const folder = (): string => mkdtempSync(join(tmpdir(), 'lup-atomic-'))

describe('writeFileAtomic', () => {
  it('replaces the content whole, and leaves nothing else in the folder', async () => {
    const directory = folder()
    const target = join(directory, 'summary.json')
    writeFileSync(target, 'old\n')
    await writeFileAtomic(target, 'new\n')
    expect(readFileSync(target, 'utf8')).toBe('new\n')
    await writeFileAtomic(join(directory, 'other.csv'), new TextEncoder().encode('a,b\n'))
    expect(readdirSync(directory).sort()).toEqual(['other.csv', 'summary.json'])
  })

  it('keeps the target as it was while a streamed write is under way and after it fails, with no temporary file left', async () => {
    const directory = folder()
    const target = join(directory, 'report.md')
    writeFileSync(target, 'the committed report\n')
    let seenWhileWriting: string | undefined
    async function* failingHalfway(): AsyncGenerator<string> {
      yield '# A new report\n'
      yield 'half of it'
      seenWhileWriting = readFileSync(target, 'utf8') // the first chunks are written by now
      throw new Error('the input broke off')
    }
    await expect(writeFileAtomic(target, failingHalfway())).rejects.toThrow('the input broke off')
    expect(seenWhileWriting).toBe('the committed report\n')
    expect(readFileSync(target, 'utf8')).toBe('the committed report\n')
    expect(readdirSync(directory)).toEqual(['report.md'])
  })

  it('creates nothing when a write to a new file fails', async () => {
    const directory = folder()
    async function* failing(): AsyncGenerator<string> {
      yield 'x'
      throw new Error('no more')
    }
    await expect(writeFileAtomic(join(directory, 'new.csv'), failing())).rejects.toThrow('no more')
    expect(readdirSync(directory)).toEqual([])
  })
})
