/**
 * `usd1-milestones export --format NAME [--framework ID] [--version V] [--out PATH]`
 *
 * The rubric in the formats people already work in, one per entry of core's
 * export registry (which also gives the help its list). The current data by
 * default, or a frozen release.
 */
import { resolve } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import {
  type ExportFormat,
  type ExportFormatInfo,
  exportableFrameworks,
  exportFormat,
  exportFormatIds,
  exportFormats,
  exportRubric,
  oscalMappingProblem,
} from '@usd1-milestones/core/export';
import { readRelease, releaseDate, releaseVersions } from '@usd1-milestones/core/loader';
import { PdfUnavailableError, rubricPdf } from '@usd1-milestones/core/print';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp, stringOption, wrap } from '../lib/args.js';
import { inLanguage } from '../lib/in-language.js';
import { writeOutput } from '../lib/output.js';

export const spec: CommandSpec = {
  name: 'export',
  operands: '',
  positionals: false,
  description: `Writes the rubric in one of these formats; the same version always gives the
same bytes.

${exportFormats.map((f) => `  ${f.id.padEnd(14)} ${wrap(`${f.fileName}: ${f.description}`, 61).join(`\n${' '.repeat(17)}`)}`).join('\n')}`,
  options: {
    format: {
      type: 'string',
      value: 'NAME',
      choices: exportFormatIds,
      description: 'what to write (required)',
    },
    version: {
      type: 'string',
      value: 'V',
      description: 'a frozen release, such as 1.0.0, instead of the current data',
      default: 'the current data',
    },
    framework: {
      type: 'string',
      value: 'ID',
      description: `the framework of a crosswalk (--format oscal-mapping), such as mica or genius`,
    },
    out: { type: 'string', value: 'PATH', description: 'write to PATH instead of standard output' },
    lang: {
      type: 'string',
      value: 'TAG',
      default: 'en',
      description:
        "the rubric's text in this language (a translation the data package has, such as es), English where a string is not translated; ids, column names and citation keys stay as they are",
    },
  },
  exitCodes:
    '0 written, 2 could not run (no or unknown format, unknown version, language or framework, a crosswalk without --framework, unwritable path, no Chromium for the PDF)',
};

export const help = helpText(spec);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const format = stringOption(values, 'format') as ExportFormat | undefined;
  if (format === undefined)
    throw new UsageError(`No --format given; choose one of ${exportFormatIds.join(', ')}, such as --format csv`);
  const version = stringOption(values, 'version');
  const out = stringOption(values, 'out');
  const english = version === undefined ? rubric : frozen(version);
  const data = inLanguage(english, stringOption(values, 'lang') ?? 'en', version);
  const releasedAt = releaseDate(releasesFolder, data.version);
  const framework = frameworkOption(exportFormat(format), stringOption(values, 'framework'), data);
  if (exportFormat(format)?.printed) return writePdf(data, releasedAt, out);
  const text = exportRubric(data, format, releasedAt, {
    previous: previousRelease(version),
    ...(framework === undefined ? {} : { framework }),
  });
  if (out !== undefined) writeOutput(resolve(process.cwd(), out), out, text);
  else process.stdout.write(text);
  return EXIT.ok;
}

/**
 * `--framework`: required by a crosswalk format and refused by the others, so
 * that a mistyped command says what it needs rather than ignoring a flag.
 */
function frameworkOption(format: ExportFormatInfo | undefined, framework: string | undefined, data: Rubric) {
  if (!format?.perFramework) {
    if (framework !== undefined)
      throw new UsageError(`--framework applies to --format oscal-mapping only, not to --format ${format?.id}`);
    return undefined;
  }
  const exportable = exportableFrameworks(data);
  if (framework === undefined)
    throw new UsageError(
      `--format ${format.id} writes one crosswalk: give --framework ID, one of ${exportable.join(', ') || `none in ${data.version}`}`,
    );
  const problem = oscalMappingProblem(data, framework);
  if (problem !== null) throw new UsageError(problem);
  return framework;
}

/**
 * The PDF, printed by Chromium (core/print). Bytes, so it goes to a file
 * (`--out`), or to standard output only when that is not a terminal.
 */
async function writePdf(data: Rubric, releasedAt: string, out: string | undefined): Promise<number> {
  if (out === undefined && process.stdout.isTTY)
    throw new UsageError(
      'The PDF is binary: give --out FILE, such as --out usd1-milestones.pdf, or redirect the output',
    );
  let pdf: Uint8Array;
  try {
    pdf = await rubricPdf(data, { releasedAt });
  } catch (error) {
    if (error instanceof PdfUnavailableError) throw new UsageError(`Cannot print the PDF: ${error.message}`);
    throw error;
  }
  if (out !== undefined) writeOutput(resolve(process.cwd(), out), out, pdf);
  else process.stdout.write(pdf);
  return EXIT.ok;
}

/**
 * What `changes` compares with: for a release, the one before it (null for the
 * first); for the current data, the newest release (its unreleased changes).
 */
function previousRelease(version: string | undefined): Rubric | null {
  const versions = releaseVersions(releasesFolder);
  const index = version === undefined ? versions.length : versions.indexOf(version);
  const previous = versions[index - 1];
  return previous ? frozen(previous) : null;
}

/** A frozen release, or a usage error naming the releases there are. */
function frozen(version: string): Rubric {
  const versions = releaseVersions(releasesFolder);
  if (!versions.includes(version)) {
    throw new UsageError(`No release \`${version}\`; the releases are ${versions.join(', ')}`);
  }
  return readRelease(version, releasesFolder);
}
