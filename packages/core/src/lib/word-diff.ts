/**
 * A word-level difference between two texts, as `git diff --word-diff` shows
 * one: the words they share, the words only the old text has, and the words
 * only the new one has. Used where a reader needs to see what changed in a
 * sentence (a stale translation's message, the changes page).
 */

export type WordChange =
  | { readonly type: 'same'; readonly text: string }
  | { readonly type: 'removed'; readonly text: string }
  | { readonly type: 'added'; readonly text: string };

/**
 * Above this many words on either side the longest-common-subsequence table
 * would take too much time and memory for a message; the texts are then
 * compared as one removed and one added run after their common start and end.
 */
const MAX_WORDS = 4000;

/** The changes from `before` to `after`, word by word; whitespace is kept with the word it follows. */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const middle = lcsChanges(a.slice(start, a.length - end), b.slice(start, b.length - end));
  return merge([
    { type: 'same', text: a.slice(0, start).join('') },
    ...middle,
    { type: 'same', text: a.slice(a.length - end).join('') },
  ]);
}

/**
 * The changes as one line: `[-old-]{+new+}` around what changed, with up to
 * `context` words of the text around each change and `…` where more was
 * left out. Line breaks become spaces.
 */
export function wordDiffText(changes: readonly WordChange[], context = 4): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  if (changes.every((change) => change.type === 'same')) return flat(changes.map((c) => c.text).join('')).trim();
  return changes
    .map((change, i) => {
      const next = changes[i + 1];
      if (change.type !== 'same') {
        const marked =
          change.type === 'removed' ? `[-${flat(change.text).trim()}-]` : `{+${flat(change.text).trim()}+}`;
        // The space between this change and the text after it, which trimming took off.
        return next?.type === 'same' && /\s$/.test(change.text) ? `${marked} ` : marked;
      }
      const parts = flat(change.text).split(/(?<= )/);
      const [first, last] = [i === 0, i === changes.length - 1];
      if (parts.length <= context * 2 && !first && !last) return flat(change.text);
      const head = first ? [] : parts.slice(0, context);
      const tail = last ? [] : parts.slice(Math.max(parts.length - context, head.length));
      if (head.length + tail.length >= parts.length) return flat(change.text);
      return `${head.join('')}${first ? '… ' : last ? '…' : '… '}${tail.join('')}`;
    })
    .join('')
    .trim();
}

function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function lcsChanges(a: readonly string[], b: readonly string[]): WordChange[] {
  if (a.length === 0 || b.length === 0 || a.length > MAX_WORDS || b.length > MAX_WORDS)
    return [
      { type: 'removed', text: a.join('') },
      { type: 'added', text: b.join('') },
    ];
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
  const out: WordChange[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ type: 'same', text: a[i] as string });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      out.push({ type: 'removed', text: a[i++] as string });
    } else out.push({ type: 'added', text: b[j++] as string });
  }
  while (i < a.length) out.push({ type: 'removed', text: a[i++] as string });
  while (j < b.length) out.push({ type: 'added', text: b[j++] as string });
  return out;
}

/** Adjacent runs of one type as one, empty runs dropped, and removals before additions within a change. */
function merge(changes: readonly WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (const change of changes) {
    if (change.text === '') continue;
    const last = out.at(-1);
    if (last && last.type === change.type) out[out.length - 1] = { type: last.type, text: last.text + change.text };
    else if (last && last.type === 'added' && change.type === 'removed') {
      const before = out.at(-2);
      if (before?.type === 'removed') out[out.length - 2] = { type: 'removed', text: before.text + change.text };
      else out.splice(out.length - 1, 0, change);
    } else out.push(change);
  }
  return out;
}
