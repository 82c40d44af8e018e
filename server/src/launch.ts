/**
 * How Crosscheck's processes start: the language server (started by the extension, and by the tests' and
 * the benchmark's client) and the command line (which runs itself again with these).
 */
export const PROCESS_ENV: Readonly<Record<string, string>> = {
  // glibc gives threads that allocate at the same time arenas of their own and keeps what was freed in
  // them: after indexing 10,000 articles the worker threads' and V8's collector threads' arenas held
  // 60–80 MB. Two arenas hold it back; the index took 0.3 s longer of 8–9 s in three pairs of runs,
  // within the machine's noise (no effect off glibc).
  MALLOC_ARENA_MAX: '2',
};

/**
 * How much V8 inlines into one optimised function: the default (920 bytes of bytecode) makes a few large
 * functions (the analysis's loop over sentences took 86 ms to compile, and every drop of what it had inlined
 * compiled it again), and each thread that analyses compiles them anew. At 300, counted by valgrind in one
 * thread with V8's timing taken out (`--single-threaded --predictable`, fixed seeds: two runs agree to
 * 0.4%): the analysis of 10,000 articles with their names resolved and figures compared 50.8 → 47.7–47.9
 * billion instructions; the first 3,000 articles of realistic length 43.0 → 41.2; 3,000 articles indexed
 * 23.7 → 21.5, then 40 edits 18.2 → 16.9. The analysis alone (`npm run bench -- --instructions`): a pass
 * once compiled 1.8% more, what a thread pays before its analysis runs compiled 14% less. The server at
 * 10,000 articles, four pairs of runs in turn: index 8.6–9.2 against 8.9–11.6 s, CPU 13.9–15.0 against
 * 14.5–18.8 s.
 */
export const COMPILER_ARGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=300'];

/** Node's flags for the language server, before any the user gives (a later flag wins). */
export const NODE_ARGS: readonly string[] = [
  ...COMPILER_ARGS,
  // V8's young generation takes up to three semi-spaces of this size (MB), for objects that mostly die
  // young; the corpus is long-lived. Each collection of it also takes a time that grows with the old
  // generation, even when it collects only garbage (0.08 ms beside an empty heap, 1.0 ms beside 600 MB of
  // old objects, in a test of its own), and a server holding 10,000 articles collects it hundreds of times
  // while indexing. At 8 MB against 4, in turn (`npm run bench -- --index-only --against`): the index of
  // 10,000 articles, medians of five runs each, 10.02 against 10.66 s (resolving names 2.0 against 2.2 s,
  // comparing and publishing 2.6 against 2.8 s); at realistic length, three each, 25.2 against 27.9 s. The
  // benchmark's peak after edits at 10,000 articles: 380–393 MB in five runs, against 379–387 in three at
  // 4 MB. An earlier round measured 383–412 MB at 8 MB in five runs, twice past the server's 400, when the
  // corpus held more per article: this is the peak to watch. At 16 MB against 8, five runs each, the
  // index's median was no better (10.88 against 10.60 s) and the peak after edits 408 MB twice. (2 MB made
  // linking a third slower.)
  '--max-semi-space-size=8',
];

/** The command line's flags, likewise. */
export const CLI_NODE_ARGS: readonly string[] = [
  ...COMPILER_ARGS,
  // The command line's peak has room (at most 500 MB at 10,000 articles, against the server's 400), and
  // after reading it makes mostly short-lived objects. With 16 MB against 4 MB, at 10,000 articles, four
  // pairs of runs: 23.0, 23.4, 26.7 and 25.3 → 20.9, 19.9, 21.5 and 24.6 s, peaking at 393–399 → 424–438 MB;
  // at realistic length, once: 72.7 → 68.0 s, 779 → 824 MB.
  '--max-semi-space-size=16',
];
