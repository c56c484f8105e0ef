// Preloaded into each benchmarked Node process: appends its peak RSS (KiB) to $BENCH_RSS_FILE at exit.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
