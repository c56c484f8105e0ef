/**
 * The cells of a CSV checklist, as RFC 4180 reads them, each with the line
 * and column where it starts and its row and column as a spreadsheet names
 * them. The tokenizer only: what the cells mean is parse.ts's job.
 */
import { csvText } from '@usd1-milestones/core/export';
import type { Problem } from '@usd1-milestones/core/rules';

/** A cell's text, where it starts in the file (1-based), and its place in the table. */
export interface Cell {
  readonly value: string;
  readonly line: number;
  readonly column: number;
  /** The record's number as a spreadsheet shows it (the header is row 1); a quoted line break keeps one row. */
  readonly row: number;
  /** The field's index in its record (0 is column A). */
  readonly field: number;
}

/** The most rows a checklist may have; a real one has a few hundred. */
const MAX_ROWS = 50_000;

/**
 * Separators a checklist may use. We write commas; Excel and LibreOffice save
 * with a semicolon (or a tab) where the comma is the decimal mark.
 */
const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** A column's letters as a spreadsheet shows them: 0 is A, 25 is Z, 26 is AA. */
function columnLetters(field: number): string {
  let letters = '';
  for (let n = field + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The separator of the header row: the first of comma, semicolon and tab that
 * splits it into the `required` columns; a comma when none does (the missing
 * columns are then reported with what was found).
 */
export function separatorOf(text: string, required: readonly string[]): Separator {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return (
    SEPARATORS.find((separator) => {
      const names = new Set(header.split(separator).map((name) => csvText(name.trim().replace(/^"|"$/g, ''))));
      return required.every((name) => names.has(name));
    }) ?? ','
  );
}

/** RFC 4180 fields with their positions; a quoted field may hold separators, doubled quotes and line breaks. */
export function readCells(
  text: string,
  file: string,
  separator: Separator = ',',
): { rows: Cell[][]; problem?: Problem } {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const endsField = (c: string | undefined) => c === separator || c === '\n' || c === '\r';
  while (i <= text.length) {
    const start = { line, column };
    let value = '';
    if (text[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= text.length) {
          return {
            rows,
            problem: {
              file,
              ...start,
              ruleId: 'assessment-syntax',
              severity: 'error',
              message: `A quoted field is never closed${cellReference(rows.length + 1, row.length)}: end it with \`"\` (a quote inside it is written \`""\`)`,
            },
          };
        }
        const c = text[i] as string;
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
        } else if (c === '"') {
          i++;
          column++;
          break;
        } else {
          value += c;
          i++;
          if (c === '\n') {
            line++;
            column = 1;
          } else column++;
        }
      }
      // Anything between the closing quote and the next separator is kept, as spreadsheets do.
      while (i < text.length && !endsField(text[i])) {
        value += text[i];
        i++;
        column++;
      }
    } else {
      while (i < text.length && !endsField(text[i])) {
        value += text[i];
        i++;
        column++;
      }
    }
    row.push({ value: csvText(value), ...start, row: rows.length + 1, field: row.length });
    if (text[i] === separator) {
      i++;
      column++;
      continue;
    }
    // The end of a record: CRLF, LF or the end of the text.
    rows.push(row);
    if (rows.length > MAX_ROWS + 1) {
      return {
        rows,
        problem: {
          file,
          line,
          column: 1,
          ruleId: 'assessment-syntax',
          severity: 'error',
          message: `More than ${MAX_ROWS} rows: a checklist has one row per milestone and per criterion`,
        },
      };
    }
    row = [];
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    column = 1;
    if (i >= text.length) break;
  }
  return { rows };
}

/** ` (row 5, column J `status`)`: the cell as a spreadsheet names it, after the line and column of the file. */
export function cellReference(row: number, field: number, name?: string): string {
  return ` (row ${row}, column ${columnLetters(field)}${name ? ` \`${name}\`` : ''})`;
}
