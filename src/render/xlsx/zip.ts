// A zip archive of named parts, byte for byte the same for the same parts: entries stored (not
// deflated: zlib's output may change between Node's zlib builds, and `report --check` compares bytes
// across machines), dated 1980-01-01 00:00 (the zip format's first day), in the order given.
import { crc32 } from 'node:zlib'

export interface ZipPart {
  name: string
  data: Uint8Array
}

/** DOS date of 1980-01-01: ((1980 - 1980) << 9) | (1 << 5) | 1; time 00:00:00 is 0. */
const DOS_DATE = 0x0021
const DOS_TIME = 0
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800
const VERSION = 20

export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const crc = crc32(part.data)
    const size = part.data.length
    if (size >= 0xffffffff || offset >= 0xffffffff) throw new RangeError('zip: a part or the archive is over 4 GiB')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(VERSION, 4)
    local.writeUInt16LE(UTF8_NAMES, 6)
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(size, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(VERSION, 4)
    header.writeUInt16LE(VERSION, 6)
    header.writeUInt16LE(UTF8_NAMES, 8)
    header.writeUInt16LE(0, 10)
    header.writeUInt16LE(DOS_TIME, 12)
    header.writeUInt16LE(DOS_DATE, 14)
    header.writeUInt32LE(crc, 16)
    header.writeUInt32LE(size, 20)
    header.writeUInt32LE(size, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42) // extra, comment, disk, attributes: 0
    central.push(header, name)
    chunks.push(local, name, part.data)
    offset += local.length + name.length + size
  }
  const directorySize = central.reduce((sum, chunk) => sum + chunk.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, ...central, end])
}
