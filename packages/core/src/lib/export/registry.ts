/**
 * The export formats, one entry each: what `usd1-milestones export --format`
 * offers, what the data package ships per release, what the site serves under
 * /data/<version>/ and lists on its Download page. A new format is one entry
 * here and its writer in formats.ts (the compiler asks for it). Plain data,
 * no Node APIs: the site's pages read it in the browser.
 */
export interface ExportFormatInfo {
  /** The `--format` value. */
  readonly id: string;
  /** The file it is published as, in exports/<version>/ and /data/<version>/; `{version}` stands for the version (see exportFileName). */
  readonly fileName: string;
  /** The media type a server gives the file. */
  readonly mediaType: string;
  /** A short name for links and table headings. */
  readonly label: string;
  /** One sentence on what the file is, for the CLI's help and the Download page. */
  readonly description: string;
  /** Written into the data package's exports/<version>/ for every release (false: the package has it already, or it is the PDF). */
  readonly perRelease: boolean;
  /**
   * True for the PDF: its writer gives the print layout (HTML), which
   * core/print turns into the PDF with a headless Chromium. The data package
   * does not ship it; the site builds it and `export --format pdf` writes it.
   */
  readonly printed?: boolean;
  /**
   * True for a crosswalk: one file per framework that the rubric maps to
   * (`{framework}` in the file name), written with `--framework ID`; only
   * for versions whose mappings it can express (see `exportableFrameworks`).
   */
  readonly perFramework?: boolean;
}

export const exportFormats = [
  {
    id: 'oscal-catalog',
    fileName: 'oscal-catalog.json',
    mediaType: 'application/json',
    label: 'OSCAL catalog',
    description:
      'An OSCAL 1.1 catalog: milestones as controls, criteria as statement items, crosswalks as props, sources in back-matter.',
    perRelease: true,
  },
  {
    id: 'oscal-mapping',
    fileName: 'oscal-mapping-{framework}.json',
    mediaType: 'application/json',
    label: 'OSCAL mapping',
    description:
      "One crosswalk (--framework ID) as an OSCAL 1.2 mapping collection: each mapping's relationship, rationale type and rationale, and the words of the official text it rests on (from 1.5.0).",
    perRelease: true,
    perFramework: true,
  },
  {
    id: 'csv',
    fileName: 'checklist.csv',
    mediaType: 'text/csv; charset=utf-8',
    label: 'CSV checklist',
    description:
      'A checklist to fill in, one row per milestone and per criterion, with columns for the assessor; `usd1-milestones assess` reads it back.',
    perRelease: true,
  },
  {
    id: 'json',
    fileName: 'rubric.json',
    mediaType: 'application/json',
    label: 'JSON',
    description: 'The whole rubric as JSON (the same as @usd1-milestones/rubric/rubric.json), with its version.',
    perRelease: false,
  },
  {
    id: 'csl-json',
    fileName: 'sources.csl.json',
    mediaType: 'application/json',
    label: 'Bibliography (CSL-JSON)',
    description:
      'The bibliography as CSL-JSON, for Zotero, Pandoc and other citation tools; ids are the keys cited as [@key].',
    perRelease: true,
  },
  {
    id: 'pdf',
    fileName: 'usd1-milestones-{version}.pdf',
    mediaType: 'application/pdf',
    label: 'PDF',
    description:
      'The whole rubric for print: a cover with the version, the release date and the notice, contents, the milestones by bucket with every criterion and its id, the glossary, the sources and the crosswalk tables.',
    perRelease: false,
    printed: true,
  },
  {
    id: 'cyclonedx',
    fileName: 'cyclonedx.json',
    mediaType: 'application/vnd.cyclonedx+json',
    label: 'CycloneDX standard',
    description:
      'A CycloneDX 1.6 document with the rubric in definitions.standards: milestones and criteria as requirements, lifecycle stages as levels.',
    perRelease: true,
  },
  {
    id: 'changes',
    fileName: 'changes.json',
    mediaType: 'application/json',
    label: 'What changed (JSON)',
    description:
      'What changed since the previous release, item by item, with changed texts word by word (the shape of changes.schema.json and of `usd1-milestones diff --format json`).',
    perRelease: true,
  },
  {
    id: 'cite-csl-json',
    fileName: 'citation.csl.json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    label: 'Citation (CSL-JSON)',
    description: 'How to cite this version of the rubric itself, as CSL-JSON, with its version and release date.',
    perRelease: true,
  },
  {
    id: 'bibtex',
    fileName: 'citation.bib',
    mediaType: 'application/x-bibtex',
    label: 'Citation (BibTeX)',
    description: 'How to cite this version of the rubric itself, as a BibTeX entry, with its version and release date.',
    perRelease: true,
  },
  {
    id: 'cff',
    fileName: 'CITATION.cff',
    mediaType: 'application/yaml',
    label: 'Citation File Format',
    description:
      "This version as a CITATION.cff (Citation File Format 1.2.0); the repository root holds the newest release's.",
    perRelease: true,
  },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof exportFormats)[number]['id'];

/** The `--format` values, in registry order. */
export const exportFormatIds: readonly ExportFormat[] = exportFormats.map((format) => format.id);

/**
 * The file a format is published as for `version` (and, for a crosswalk, the
 * framework): `usd1-milestones-1.4.0.pdf`, `checklist.csv`, `oscal-mapping-mica.json`.
 */
export function exportFileName(format: ExportFormatInfo, version: string, framework?: string): string {
  return format.fileName.replaceAll('{version}', version).replaceAll('{framework}', framework ?? '');
}

/** A format's entry, or undefined for an id the registry lacks. */
export function exportFormat(id: string): ExportFormatInfo | undefined {
  return exportFormats.find((format) => format.id === id);
}
