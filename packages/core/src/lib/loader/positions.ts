import type { Position } from '../problem.js';

/** Maps string offsets to 1-based line and column, with a binary search over line starts. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  at(offset: number): Position {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.#starts[low] as number) + 1 };
  }

  /** The offset of a 1-based line and column: the inverse of {@link at}. */
  offset(position: Position): number {
    return (this.#starts[position.line - 1] ?? 0) + position.column - 1;
  }
}
