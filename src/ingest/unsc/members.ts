// The permanent members of the Security Council under the names the veto sources use, reduced to
// one vocabulary (China, France, Russia, UK, USA, USSR) so that the vetoes table and the meetings
// tables' "vetoed by ..." agree. The USSR and the Russian Federation stay distinct, as the
// sources record them (DOMAIN.md: Russia, USSR before 1992).

export const permanentMembers = ['China', 'France', 'Russia', 'UK', 'USA', 'USSR'] as const;
export type PermanentMember = (typeof permanentMembers)[number];

const aliases = new Map<string, PermanentMember>([
  ['china', 'China'],
  ['france', 'France'],
  ['russia', 'Russia'],
  ['russian federation', 'Russia'],
  ['uk', 'UK'],
  ['united kingdom', 'UK'],
  ['usa', 'USA'],
  ['united states', 'USA'],
  ['united states of america', 'USA'],
  ['ussr', 'USSR'],
  ['soviet union', 'USSR'],
]);

/** The canonical name of one member ("the Russian Federation" -> Russia), or undefined. */
export function memberName(raw: string): PermanentMember | undefined {
  const key = raw
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return aliases.get(key);
}

/**
 * Parses a list such as "USA, France and UK" or "China, Russian Federation"; undefined when any
 * part is not a permanent member. The result is sorted and without repeats.
 */
export function parseMemberList(text: string): PermanentMember[] | undefined {
  const parts = text
    .split(/\s*,\s*|\s+and\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const out = new Set<PermanentMember>();
  for (const p of parts) {
    const m = memberName(p);
    if (!m) return undefined;
    out.add(m);
  }
  return sortMembers([...out]);
}

export function sortMembers(list: PermanentMember[]): PermanentMember[] {
  return [...new Set(list)].sort((a, b) => permanentMembers.indexOf(a) - permanentMembers.indexOf(b));
}

/** The stored form of a list of members: canonical names in fixed order, comma-separated. */
export function formatMembers(list: PermanentMember[]): string {
  return sortMembers(list).join(', ');
}
