import { check } from '@usd1-milestones/check';
import { loadRubric } from '@usd1-milestones/core/loader';
import { formatProblem } from '@usd1-milestones/core/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '../src/index.js';
import { repoRubric } from './helpers.js';
import {
  seedBuckets,
  seedGlossary,
  seedLines,
  seedMilestones,
  seedSections,
  seedSignals,
  seedSources,
  seedStages,
} from './seed.js';

/** The public contract (docs/architecture.md): number, id, bucket. */
const design: [number, string, string][] = [
  [1, 'redemption-promise', 'promise-clarity'],
  [2, 'price-vs-redemption', 'promise-clarity'],
  [3, 'limits-and-edge-cases', 'promise-clarity'],
  [4, 'supported-chains', 'promise-clarity'],
  [5, 'reserve-policy', 'reserves-custody'],
  [6, 'reserve-segregation', 'reserves-custody'],
  [7, 'stress-liquidity-plan', 'redemption-liquidity'],
  [8, 'concentration-risk', 'reserves-custody'],
  [9, 'reserve-reporting', 'transparency'],
  [10, 'attestation-vs-audit', 'transparency'],
  [11, 'supply-and-control-disclosure', 'transparency'],
  [12, 'compliance-roles', 'compliance'],
  [13, 'risk-based-controls', 'compliance'],
  [14, 'geographic-clarity', 'compliance'],
  [15, 'security-reviews', 'technology-security'],
  [16, 'key-management', 'technology-security'],
  [17, 'freeze-and-recovery-policy', 'technology-security'],
  [18, 'usable-workflows', 'redemption-liquidity'],
  [19, 'dual-rail-monitoring', 'technology-security'],
  [20, 'incident-response-plan', 'resilience'],
  [21, 'multi-venue-liquidity', 'redemption-liquidity'],
  [22, 'listing-policies', 'redemption-liquidity'],
  [23, 'market-integrity', 'compliance'],
  [24, 'settlement-finality', 'promise-clarity'],
  [25, 'business-integration', 'technology-security'],
  [26, 'bank-conversion', 'redemption-liquidity'],
  [27, 'bridge-risk-disclosure', 'technology-security'],
  [28, 'currency-substitution-awareness', 'compliance'],
  [29, 'cross-border-screening', 'compliance'],
  [30, 'combined-stress-scenarios', 'resilience'],
  [31, 'emergency-governance', 'resilience'],
  [32, 'incident-communication', 'resilience'],
  [33, 'wind-down-plan', 'resilience'],
];
const bucketIds = [
  'promise-clarity',
  'redemption-liquidity',
  'reserves-custody',
  'transparency',
  'compliance',
  'technology-security',
  'resilience',
];
const sourceKeys = ['fsb-2023', 'fatf-2021', 'mica-2023', 'cpmi-iosco-2022', 'treasury-2021', 'imf-2025', 'bis-2025'];

/** Terms the seed defines inline, by the name the seed uses (resolved through slugs and aliases). */
const inlineTerms = [
  'USD1 stablecoins',
  'stablecoins',
  'milestone',
  'issuance',
  'redemption',
  'reserves',
  'transfer rails',
  'U.S. Treasury bills',
  'blockchain',
  'wallet',
  'private key',
  'exchanges',
  'arrangements',
  'custodian',
  'redeemability',
  'arbitrage',
  'secondary market price',
  'primary redemption value',
  'fiat currency',
  'finality',
  'reorganized',
  'run risk',
  'segregation',
  'resolution',
  'concentration risk',
  'cash and cash equivalents',
  'repurchase agreements',
  'repo',
  'attestation',
  'audit',
  'reconciled',
  'keys',
  'systemically important',
  'proof-of-reserves',
  'KYC',
  'AML',
  'transaction monitoring',
  'sanctions screening',
  'virtual asset service providers',
  'VASP',
  'travel rule',
  'risk-based',
  'false positives',
  'smart contracts',
  'security reviews',
  'bug bounties',
  'key management',
  'multi-signature',
  'hardware security modules',
  'HSM',
  'separation of duties',
  'on-chain monitoring',
  'off-chain monitoring',
  'incident response plan',
  'liquidity',
  'market-making',
  'listings',
  'delistings',
  'market integrity',
  'wash trading',
  'settlement finality',
  'API',
  'webhook',
  'cross-border payments',
  'bridge',
  'currency substitution',
  'monetary sovereignty',
  'foreign exchange',
  'macro-financial',
  'fire-sale',
];

let rubric: Rubric;
let problems: readonly { ruleId: string; severity: string; file: string; line: number; message: string }[] = [];

// Loading is all the setup does: a problem of rubric/ (a stale translation after an English edit
// among them) fails the test below, never the setup, so every content rule still runs and reports.
beforeAll(async () => {
  const result = await loadRubric(repoRubric, { version: '1.0.0' });
  problems = result.problems;
  if (!result.rubric) throw new Error(`rubric/ did not load: ${result.problems[0]?.message ?? 'no rubric'}`);
  rubric = result.rubric;
});

describe('rubric/', () => {
  it('loads with no problem, warnings included (a stale translation is one)', () => {
    expect(problems.map((p) => `${p.file}:${p.line} ${p.ruleId} ${p.message}`)).toEqual([]);
  });
});

const findTerm = (name: string) => {
  const key = name.toLowerCase();
  return rubric.glossary.find((t) => [t.slug, t.term, ...t.aliases].some((n) => n.toLowerCase() === key));
};

describe('rubric/ against its public contract', () => {
  it('has the 33 milestones with their contract ids, numbers and buckets', () => {
    expect(rubric.milestones.map((m) => [m.number, m.id, m.bucket])).toEqual(design);
  });

  it('has the 7 buckets and the 7 source keys in order', () => {
    expect(rubric.buckets.map((b) => b.id)).toEqual(bucketIds);
    expect(rubric.sources.map((s) => [s.number, s.id])).toEqual(sourceKeys.map((key, i) => [i + 1, key]));
  });

  it('names every milestone file NN-id.md and marks every milestone active', () => {
    for (const m of rubric.milestones) {
      expect(m.path).toBe(`milestones/${String(m.number).padStart(2, '0')}-${m.id}.md`);
      expect(m.status).toBe('active');
    }
  });
});

describe('rubric/ against the seed guide', () => {
  const seed = seedMilestones();

  it('finds 33 milestones in the seed', () => {
    expect(seed.map((m) => m.number)).toEqual(design.map(([n]) => n));
  });

  it("keeps the seed's milestone titles", () => {
    expect(rubric.milestones.map((m) => m.title)).toEqual(seed.map((m) => m.title));
  });

  it('keeps every seed bullet, in order, as a criterion', () => {
    for (const [i, m] of rubric.milestones.entries()) {
      const kept = m.criteria.flatMap((c) => (c.seed === undefined ? [] : [c.seed]));
      expect({ id: m.id, bullets: kept }).toEqual({ id: m.id, bullets: seed[i]?.bullets });
    }
  });

  it('draws at least two criteria from the prose of milestones without bullets', () => {
    const noBullets = seed.filter((m) => m.bullets.length === 0).map((m) => m.number);
    expect(noBullets).toEqual([3, 13, 14, 22, 28, 29]);
    for (const number of noBullets) {
      expect(rubric.milestones[number - 1]?.criteria.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every criterion an id inside its milestone', () => {
    for (const m of rubric.milestones) {
      for (const c of m.criteria) expect(c.id.startsWith(`${m.id}.`)).toBe(true);
    }
  });

  it("keeps the seed's bucket questions, section headings, stages and signals", () => {
    const sentence = (line: string) => line.replace(/: (.)/, (_, first: string) => `: ${first.toUpperCase()}`);
    expect(rubric.buckets.map((b) => `${b.title}: ${b.question}`)).toEqual(seedBuckets().map(sentence));
    expect(rubric.sections.map((s) => s.title)).toEqual(seedSections());
    expect(rubric.stages.map((s) => `${s.title}: ${s.description}`)).toEqual(seedStages().map(sentence));
    expect(rubric.signals.map((s) => `${s.title}: ${s.description}`)).toEqual(seedSignals().map(sentence));
  });

  it("gives a stage only with its basis: the guide's own words in its description of that stage", () => {
    const staged = rubric.milestones.filter((m) => m.stage !== undefined || m.stageBasis !== undefined);
    expect(staged.length).toBeGreaterThan(0);
    const description = new Map(seedStages().map((line) => [line.slice(0, line.indexOf(':')), line]));
    for (const m of staged) {
      const stage = rubric.stages.find((s) => s.id === m.stage);
      const line = stage ? description.get(stage.title) : undefined;
      expect({ id: m.id, stage: m.stage, basis: line?.includes(m.stageBasis ?? '\u0000') }).toEqual({
        id: m.id,
        stage: m.stage,
        basis: true,
      });
    }
  });

  it('defines every term of the quick glossary', () => {
    const names = seedGlossary().map((line) => line.slice(0, line.indexOf(' (')));
    expect(names).toHaveLength(12);
    for (const name of names) expect({ name, slug: findTerm(name)?.slug }).toEqual({ name, slug: expect.any(String) });
  });

  it('defines every term the seed defines inline', () => {
    const missing = inlineTerms.filter((name) => findTerm(name) === undefined);
    expect(missing).toEqual([]);
  });

  it("lists the seed's seven sources under their titles", () => {
    const seedList = seedSources();
    expect(seedList).toHaveLength(7);
    for (const [i, source] of rubric.sources.entries()) expect(seedList[i]).toContain(source.title);
  });
});

describe('rubric/ checked by the engine', () => {
  // Its links, citations and editorial rules (sources, sections, markable criteria) are the
  // engine's rules, with positions; here the whole rubric must give none of them.
  it('has no finding at all, warnings included', async () => {
    const { findings } = await check({ cwd: repoRubric, rubricDir: repoRubric, docs: [], cache: false });
    expect(findings.map(formatProblem)).toEqual([]);
  }, 120_000);
});

describe('reader-facing text', () => {
  /** Every string a reader sees: everything in the data except the guide's verbatim bullets (`seed`). */
  function readerStrings(value: unknown, path = ''): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => readerStrings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) =>
        k === 'seed' ? [] : readerStrings(v, path ? `${path}.${k}` : k),
      );
    }
    return [];
  }

  it('never mentions "the seed", which readers do not know', () => {
    const strings = readerStrings(rubric);
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter(([, text]) => /\bseed\b/i.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('has no criterion that makes an example of the guide mandatory ("such as" lists stay examples)', () => {
    // A criterion per example is worded as a disclosure met whichever way it goes (CONTRIBUTING.md).
    const perExample = rubric.milestones
      .find((m) => m.id === 'combined-stress-scenarios')
      ?.criteria.filter((c) => c.seed !== undefined);
    expect(perExample?.length).toBe(4);
    for (const c of perExample ?? []) expect(c.text).toMatch(/\bsays whether\b/);
  });

  it('never grades a milestone "more fully" or "partly": criteria are met or not met', () => {
    expect(
      rubric.milestones.filter((m) => /\b(?:more fully|partly at best|partly meets)\b/i.test(m.body)).map((m) => m.id),
    ).toEqual([]);
  });

  it("repeats no run of ten or more words of the guide in a body or summary: prose is in the project's words", () => {
    // Words only: link targets, citations and punctuation out, lower case.
    const words = (text: string) =>
      text
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\[@[^\]]*\]/g, ' ')
        .toLowerCase()
        .replace(/[^a-z0-9.'-]+/g, ' ')
        .replace(/(?<![a-z0-9])[.'-]|[.'-](?![a-z0-9])/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const RUN = 10;
    // Runs are counted within a sentence: two sentences side by side are not one copied run.
    const runsOf = (text: string) =>
      text.split(/[.!?;:](?:\s|$)|\n\n/).flatMap((sentence) => {
        const w = words(sentence);
        return Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) => w.slice(i, i + RUN).join(' '));
      });
    const guide = new Set(runsOf(seedLines().join('\n')));
    const copied = rubric.milestones.flatMap((m) =>
      runsOf(`${m.summary}\n\n${m.body}`)
        .filter((run) => guide.has(run))
        .map((run) => `${m.id}: ${run}`),
    );
    expect(copied).toEqual([]);
  });
});
