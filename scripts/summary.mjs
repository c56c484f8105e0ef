#!/usr/bin/env node
/**
 * `npm start` until the site exists: prints the rubric from the built
 * @usd1-milestones/rubric package, bucket by bucket.
 */
import { buckets, glossary, milestonesByBucket, rubric, signals, sources, stages } from '@usd1-milestones/rubric';

const wrap = (text, width = 78) =>
  text.split(/\s+/).reduce(
    (lines, word) => {
      const last = lines[lines.length - 1];
      if (`${last} ${word}`.trim().length > width) lines.push(word);
      else lines[lines.length - 1] = `${last} ${word}`.trim();
      return lines;
    },
    [''],
  );

console.log(`${rubric.title} — version ${rubric.version}\n`);
for (const line of wrap(rubric.neutralityNotice)) console.log(line);
console.log('');
for (const bucket of buckets) {
  console.log(`${bucket.number}. ${bucket.title}: ${bucket.question}`);
  for (const m of milestonesByBucket(bucket.id)) {
    console.log(`   ${String(m.number).padStart(2)}  ${m.title}  (${m.criteria.length} criteria)`);
  }
}
const criteria = rubric.milestones.reduce((n, m) => n + m.criteria.length, 0);
console.log(
  `\n${rubric.milestones.length} milestones, ${criteria} criteria, ${buckets.length} buckets, ${stages.length} lifecycle stages, ` +
    `${signals.length} progress signals, ${glossary.length} glossary terms, ${sources.length} sources.`,
);
console.log(`\n${rubric.disclaimer}`);
