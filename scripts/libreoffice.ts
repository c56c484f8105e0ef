/**
 * Test support: a CSV file opened in LibreOffice Calc as a person would open
 * it (comma-separated, double quotes, UTF-8), saved as a spreadsheet (flat
 * OpenDocument XML, one file to read), and that spreadsheet saved back to
 * CSV. Tests read both: the spreadsheet says whether any cell became a
 * formula; the CSV says what every cell holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** LibreOffice's command, or undefined where it is not installed. */
export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

/** Fails in CI when LibreOffice is missing (a local run without it skips). */
export function requireLibreOfficeInCi(): void {
  if (!soffice && process.env.CI) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-calc-nogui');
}

export interface Opened {
  /** The spreadsheet, as flat OpenDocument XML (.fods). */
  readonly spreadsheet: string;
  /** The spreadsheet saved back as CSV, with CRLF line ends. */
  readonly csv: string;
}

/** Opens `csvPath` in Calc; `work` is a folder of the test's own (its profile and outputs go there). */
export function openInCalc(csvPath: string, work: string): Opened {
  if (!soffice) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-calc-nogui');
  const name = basename(csvPath, '.csv');
  const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
  const run = (args: string[]) =>
    execFileSync(soffice, [profile, '--headless', ...args], { stdio: 'pipe', timeout: 120_000 });
  // CSV (comma, double quote, UTF-8, from line 1) into a spreadsheet, then that spreadsheet back to CSV.
  run(['--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', join(work, 'fods'), csvPath]);
  run([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
    '--outdir',
    join(work, 'back'),
    join(work, 'fods', `${name}.fods`),
  ]);
  const spreadsheet = readFileSync(join(work, 'fods', `${name}.fods`), 'utf8');
  const csv = readFileSync(join(work, 'back', `${name}.csv`), 'utf8').replace(/\r?\n/g, '\r\n');
  return { spreadsheet, csv };
}
