// Loaded with `node --import` into a build the benchmark measures: when the build's process exits,
// it writes its own CPU time (user + system, all its threads) to stderr, for measure-build.ts.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nBENCH-CPU-SECONDS ${(user + system) / 1e6}\n`);
});
