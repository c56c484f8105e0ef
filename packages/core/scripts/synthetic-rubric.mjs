/** Writes deterministic synthetic rubric folders for benchmarks and profiling. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A deterministic rubric: 7 buckets, 11 sections, 5 stages, 7 sources, N milestones, M terms. */
export async function writeSyntheticRubric(root, { milestones: MILESTONES, terms: TERMS }) {
  await mkdir(join(root, 'milestones'));
  const buckets = Array.from({ length: 7 }, (_, i) => `bucket-${i + 1}`);
  const sections = Array.from({ length: 11 }, (_, i) => `section-${i + 1}`);
  const stages = Array.from({ length: 5 }, (_, i) => `stage-${i + 1}`);
  const sources = Array.from({ length: 7 }, (_, i) => `source-${i + 1}`);
  const id = (n) => `milestone-${n}`;
  const slug = (n) => `term-${n}`;
  await writeFile(
    join(root, 'rubric.yaml'),
    'title: Synthetic\ndescription: A benchmark rubric.\nneutralityNotice: Generic.\ndisclaimer: Not advice.\n',
  );
  await writeFile(
    join(root, 'buckets.yaml'),
    buckets
      .map(
        (b, i) =>
          `- id: ${b}\n  number: ${i + 1}\n  title: Bucket ${i + 1}\n  question: What does bucket ${i + 1} ask?\n`,
      )
      .join(''),
  );
  await writeFile(
    join(root, 'sections.yaml'),
    sections
      .map(
        (s, i) => `- id: ${s}\n  number: ${i + 1}\n  title: Section ${i + 1}\n  summary: Section ${i + 1} summary.\n`,
      )
      .join(''),
  );
  await writeFile(
    join(root, 'stages.yaml'),
    stages
      .map(
        (s, i) =>
          `- id: ${s}\n  number: ${i + 1}\n  title: Stage ${i + 1}\n  description: Stage ${i + 1} description.\n`,
      )
      .join(''),
  );
  await writeFile(
    join(root, 'signals.yaml'),
    `- id: signal-1\n  title: Signal\n  description: A signal.\n  buckets: [${buckets[0]}]\n  milestones: [${id(1)}]\n`,
  );
  await writeFile(
    join(root, 'sources.yaml'),
    sources
      .map(
        (s, i) =>
          `- id: ${s}\n  number: ${i + 1}\n  type: report\n  author:\n    - literal: Publisher ${i + 1}\n  title: Report ${i + 1}\n  issued:\n    date-parts: [[${2020 + i}]]\n`,
      )
      .join(''),
  );
  const terms = [];
  for (let n = 1; n <= TERMS; n++) {
    terms.push(
      `- slug: ${slug(n)}\n  term: Term ${n}\n  definition: The definition of term ${n}, in one plain sentence.\n  aliases: [alias ${n}]\n  seeAlso: [${slug((n % TERMS) + 1)}]\n`,
    );
  }
  await writeFile(join(root, 'glossary.yaml'), terms.join(''));
  const width = String(MILESTONES).length;
  for (let n = 1; n <= MILESTONES; n++) {
    const body = `## Why it matters\n\nMilestone ${n} matters because of [term ${(n % TERMS) + 1}](glossary:${slug((n % TERMS) + 1)}) [@${sources[n % 7]}].\n\n## Reading the evidence\n\nCompare with [the next one](milestone:${id((n % MILESTONES) + 1)}).\n`;
    const fm = [
      '---',
      `id: ${id(n)}`,
      `number: ${n}`,
      `title: Synthetic milestone ${n}`,
      `summary: Synthetic milestone ${n} summarized in one sentence.`,
      `bucket: ${buckets[n % 7]}`,
      `section: ${sections[n % 11]}`,
      `stage: ${stages[n % 5]}`,
      `stageBasis: the words of stage ${(n % 5) + 1}`,
      'status: active',
      'criteria:',
      ...[1, 2, 3].map((c) => `  - id: ${id(n)}.criterion-${c}\n    text: Criterion ${c} of milestone ${n} holds.`),
      `sources: [${sources[n % 7]}]`,
      `related: [${id((n % MILESTONES) + 1)}]`,
      '---',
      '',
    ].join('\n');
    await writeFile(join(root, 'milestones', `${String(n).padStart(width, '0')}-${id(n)}.md`), fm + body);
  }
}
