// Preloaded (node -r) by the benchmark: prints the process's peak resident memory, its threads included, on exit.
process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
