/**
 * Where a retired id went, when that is certain: the one item that replaced it,
 * followed through further retirements. A split (several successors), a loop or
 * an unknown successor gives none, and a fix must not guess.
 */

/** The part of an item this reads: milestones, criteria, terms and framework items all have it. */
export interface Retirable {
  readonly status?: string | undefined;
  readonly replacedBy?: { readonly ids: readonly string[] } | undefined;
}

/** The active item `id` resolves to through single successors; undefined when there is none to name. */
export function soleSuccessor(id: string, lookup: (id: string) => Retirable | undefined): string | undefined {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const item = lookup(current);
    if (!item) return undefined;
    if (item.status !== 'retired') return current === id ? undefined : current;
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = item.replacedBy?.ids;
    if (!next || next.length !== 1) return undefined;
    current = next[0] as string;
  }
}

/** `; it was replaced by `a`, `b`` for a message, or nothing when the item names no successor. */
export function replacedByText(item: Retirable): string {
  const ids = item.replacedBy?.ids ?? [];
  return ids.length === 0 ? '' : `; it was replaced by ${ids.map((id) => `\`${id}\``).join(', ')}`;
}
