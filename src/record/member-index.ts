// Programme members (--members) looked up by a record's partner name, by the same identity as every
// other name (names.ts: trimmed, white space collapsed, NFC, Norwegian case folding), so that
// "FJORDVIK KOMMUNE" on a record is the member "Fjordvik kommune". A member may have several rows
// (left and joined again): a name is a member in a year when any of its rows says so.
import { isMemberIn, type Member, type MemberList } from '../model.js'
import { identityKey, normalizeName } from './names.js'

export const memberKey = (name: string): string => identityKey(normalizeName(name))

export class MemberIndex {
  private readonly byKey = new Map<string, Member[]>()

  constructor(readonly list: MemberList) {
    for (const member of list.members) {
      const key = memberKey(member.name)
      const rows = this.byKey.get(key)
      if (rows === undefined) this.byKey.set(key, [member])
      else rows.push(member)
    }
  }

  /** The member rows of `name` (none: not in the file). */
  rows(name: string): readonly Member[] {
    return this.byKey.get(memberKey(name)) ?? []
  }

  isMemberIn(name: string, year: number): boolean {
    return this.rows(name).some(member => isMemberIn(member, year))
  }
}
