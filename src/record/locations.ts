// Where records were read, packed into one number each: source k's line n is base(k) + n, where
// base(k) follows the last line seen in the source before it (a source is a file, or a file's sheet). Duplicate detection and the CO2e check
// keep a packed number per key instead of a file name and a line.
import type { Location } from '../model.js'
import { locationIn } from '../read/location.js'
import { Float64Column, Int32Column } from './columns.js'

export class Locations {
  private readonly files: string[] = []
  private readonly sheets: (string | undefined)[] = []
  private readonly bases: number[] = []
  private current = -1
  private lastLine = 0

  pack(file: string, line: number, sheet?: string): number {
    if (this.current < 0 || file !== this.files[this.current] || sheet !== this.sheets[this.current])
      this.enter(file, sheet)
    if (line > this.lastLine) this.lastLine = line
    return (this.bases[this.current] as number) + line
  }

  unpack(packed: number): Location {
    // The last file whose base is below `packed` (a file with no lines shares its base with the next).
    let low = 0
    let high = this.bases.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((this.bases[middle] as number) < packed) low = middle
      else high = middle - 1
    }
    const source = { file: this.files[low] as string, sheet: this.sheets[low] }
    return locationIn(source, packed - (this.bases[low] as number))
  }

  private enter(file: string, sheet: string | undefined): void {
    const base = this.current < 0 ? 0 : (this.bases[this.current] as number) + this.lastLine
    this.files.push(file)
    this.sheets.push(sheet)
    this.bases.push(base)
    this.current = this.files.length - 1
    this.lastLine = 0
  }
}

/**
 * The packed location of each ledger entry, stored as runs: entries are created in reading order,
 * one per record, so consecutive entries mostly sit on consecutive lines, and a file of 10 million
 * one-line records is a single run. A run starts wherever that breaks (a record over several lines,
 * a rejected or duplicate row, the next file).
 */
export class LineRuns {
  private readonly starts = new Int32Column()
  private readonly firsts = new Float64Column()
  private expectedEntry = -1
  private expectedLocation = -1

  push(entry: number, location: number): void {
    if (entry !== this.expectedEntry || location !== this.expectedLocation) {
      this.starts.push(entry)
      this.firsts.push(location)
    }
    this.expectedEntry = entry + 1
    this.expectedLocation = location + 1
  }

  get(entry: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (this.starts.get(middle) <= entry) low = middle
      else high = middle - 1
    }
    return this.firsts.get(low) + (entry - this.starts.get(low))
  }
}
