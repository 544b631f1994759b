// Programme membership over the period (--members): how many owners and partners the programme had
// at the end of each year, which members no selected record credits, and which credited partners
// were not members in their record's year. Per partner (a distinct key) one byte; nothing per record.
import { isMemberAtEndOf, isMemberIn, type MemberCounts, type MemberList, type Membership } from '../model.js'
import { compareByCodePoint } from '../record/code-point-order.js'
import { MemberIndex, memberKey } from '../record/member-index.js'
import type { NameTable } from '../record/names.js'

const CREDITED = 1
const CREDITED_OUTSIDE = 2

export class MembershipTally {
  private readonly index: MemberIndex
  /** Per partner index: CREDITED, and CREDITED_OUTSIDE when a record credits it in a year it was no member. */
  private flags = new Uint8Array(64)

  constructor(
    private readonly list: MemberList,
    private readonly partners: NameTable,
  ) {
    this.index = new MemberIndex(list)
  }

  credit(partner: number, year: number): void {
    if (partner >= this.flags.length) {
      const grown = new Uint8Array(Math.max(partner + 1, this.flags.length * 2))
      grown.set(this.flags)
      this.flags = grown
    }
    const flags = this.flags[partner] as number
    if ((flags & CREDITED_OUTSIDE) !== 0) return
    let next = flags | CREDITED
    if (!this.index.isMemberIn(this.partners.name(partner), year)) next |= CREDITED_OUTSIDE
    this.flags[partner] = next
  }

  result(first: number | null, last: number | null): Membership {
    const members = this.list.members
    // Each member's identity once: a year's count is of distinct members (one may have several rows).
    const agreement = members
      .filter(member => member.role !== 'collaborator')
      .map(member => ({ member, key: memberKey(member.name) }))
    const countAtEndOf = (year: number): number =>
      new Set(agreement.filter(({ member }) => isMemberAtEndOf(member, year)).map(({ key }) => key)).size
    const counts: MemberCounts = { owners: 0, partners: 0, collaborators: 0 }
    const byYear: { year: number; members: number }[] = []
    if (last !== null) {
      for (const member of members) {
        if (!isMemberAtEndOf(member, last)) continue
        if (member.role === 'owner') counts.owners++
        else if (member.role === 'partner') counts.partners++
        else counts.collaborators++
      }
    }
    if (first !== null && last !== null) {
      for (let year = first; year <= last; year++) byYear.push({ year, members: countAtEndOf(year) })
    }
    const credited = new Set<string>()
    const notMembers: string[] = []
    for (let partner = 0; partner < this.flags.length && partner < this.partners.size; partner++) {
      const flags = this.flags[partner] as number
      if (flags === 0) continue
      const name = this.partners.name(partner)
      credited.add(memberKey(name))
      if ((flags & CREDITED_OUTSIDE) !== 0) notMembers.push(name)
    }
    const withoutRecords = new Map<string, string>()
    if (first !== null && last !== null) {
      for (const { member, key } of agreement) {
        if (credited.has(key) || withoutRecords.has(key)) continue
        let during = false
        for (let year = first; year <= last && !during; year++) during = isMemberIn(member, year)
        if (during) withoutRecords.set(key, member.name)
      }
    }
    return {
      source: this.list.source,
      year: last,
      members: last === null ? 0 : countAtEndOf(last),
      counts,
      byYear,
      withoutRecords: [...withoutRecords.values()].sort(compareByCodePoint),
      notMembers: notMembers.sort(compareByCodePoint),
    }
  }
}
