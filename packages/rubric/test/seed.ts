/**
 * Reads the seed guide (a fixture copy of ../shared/seed) into the parts the
 * content tests compare against: milestones with their bullets, sections,
 * stages, signals, quick glossary and sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from './helpers.js';

export interface SeedMilestone {
  number: number;
  title: string;
  bullets: string[];
}

const lines = readFileSync(join(fixtures, 'seed/usd1-milestones-seed.txt'), 'utf8').split('\n');
const bullet = /^\s+•\s+(.*)$/;

function bulletsAfter(heading: string): string[] {
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) throw new Error(`Seed heading not found: ${heading}`);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = bullet.exec(line);
    if (match) out.push((match[1] as string).trim());
    else if (out.length > 0 && line.trim() !== '') break;
  }
  return out;
}

/** Milestones 1-32 from "Milestone N: Title" headings, and the wind-down outline as 33. */
/** The whole guide, as its lines. */
export function seedLines(): readonly string[] {
  return lines;
}

export function seedMilestones(): SeedMilestone[] {
  const out: SeedMilestone[] = [];
  let current: SeedMilestone | undefined;
  for (const line of lines) {
    const heading = /^Milestone (\d+): (.*)$/.exec(line.trim());
    if (heading) {
      current = { number: Number(heading[1]), title: (heading[2] as string).trim(), bullets: [] };
      out.push(current);
      continue;
    }
    if (/^(Measuring progress|Wind-down milestones|[A-Z][a-z-]+ milestones:)/.test(line.trim())) current = undefined;
    const match = bullet.exec(line);
    if (current && match) current.bullets.push((match[1] as string).trim());
  }
  out.push({
    number: 33,
    title: 'A credible wind-down plan',
    bullets: bulletsAfter('A credible wind-down outline explains:'),
  });
  return out;
}

/** The eleven "X milestones: ..." headings. */
export function seedSections(): string[] {
  return lines.map((l) => l.trim()).filter((l) => /^[A-Z][a-z-]+ milestones: /.test(l));
}

export const seedStages = () => bulletsAfter('A simple lifecycle view has five stages:');
export const seedSignals = () =>
  bulletsAfter(
    'Milestones should be observable. Here are practical signals you can track without relying on promotional claims:',
  );
export const seedGlossary = () => bulletsAfter('Quick glossary');

export function seedBuckets(): string[] {
  const start = lines.findIndex((l) => l.startsWith('Think of USD1 stablecoins milestones in seven buckets'));
  return lines
    .slice(start + 1, start + 12)
    .map((l) => /^\s+\d+\.\s+(.*)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined);
}

export function seedSources(): string[] {
  const start = lines.findIndex((l) => l.trim() === 'Sources');
  return lines
    .slice(start + 1)
    .map((l) => /^\s+\d+\.\s+(.*)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined);
}
