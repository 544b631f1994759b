// bin/compile-cache.js: the compile cache lives only in a directory that no other user can write.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileCacheDirectory as choose } from '../../bin/compile-cache.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-cache-'))
const uid = process.getuid?.()
const NAME = uid === undefined ? 'lup-impact-compile-cache' : `lup-impact-compile-cache-${uid}`

describe('compileCacheDirectory', () => {
  it('makes a private directory of this user in the temporary directory, and takes it again next time', () => {
    const base = scratch()
    const directory = choose(base)
    expect(directory).toBe(join(base, NAME))
    if (uid !== undefined) expect(statSync(directory as string).mode & 0o777).toBe(0o700)
    expect(choose(base)).toBe(directory)
  })

  it('makes nothing where the temporary directory is not there', () => {
    const nowhere = join(scratch(), 'missing', 'tmp')
    expect(choose(nowhere)).toBeNull()
    expect(existsSync(nowhere)).toBe(false)
  })

  it.runIf(uid !== undefined)('takes no directory that someone else could write or swap', () => {
    const open = scratch()
    mkdirSync(join(open, NAME), { mode: 0o777 })
    chmodSync(join(open, NAME), 0o777)
    expect(choose(open)).toBeNull()
    const linked = scratch()
    mkdirSync(join(linked, 'elsewhere'), { mode: 0o700 })
    symlinkSync(join(linked, 'elsewhere'), join(linked, NAME))
    expect(choose(linked)).toBeNull()
    const file = scratch()
    writeFileSync(join(file, NAME), '')
    expect(choose(file)).toBeNull()
  })

  it.runIf(uid === 0)("takes no directory of another user's, even private (as root)", () => {
    const base = scratch()
    mkdirSync(join(base, NAME), { mode: 0o700 })
    chownSync(join(base, NAME), 1234, 1234)
    expect(choose(base)).toBeNull()
  })
})
