import type { ReactNode } from 'react';
import { readComponentData } from '../lib/component-data';

interface Diff {
  readonly field: string;
  readonly label: string;
  readonly words: readonly { readonly type: 'same' | 'removed' | 'added'; readonly text: string }[];
}

/**
 * A changed text word by word, as changes.json gives it: removed words in
 * `<del>` (struck through), added ones in `<ins>` (underlined), so they differ
 * by more than colour. Folded, since a body can be long. Text only; nothing in
 * it is markup.
 */
export default function WordDiff({ data }: { data: string }): ReactNode {
  const diff = readComponentData<Diff>(data);
  return (
    <details className="word-diff" data-testid={`word-diff-${diff.field}`}>
      <summary>{diff.label}</summary>
      <p className="word-diff__text">
        {diff.words.map((w, i) =>
          w.type === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the words are a fixed list, never reordered.
            <del key={i}>{w.text}</del>
          ) : w.type === 'added' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <ins key={i}>{w.text}</ins>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <span key={i}>{w.text}</span>
          ),
        )}
      </p>
    </details>
  );
}
