/**
 * The environment Crosscheck's processes start with: the language server (started by the extension, and
 * by the tests' and the benchmark's client) and the command line (which runs itself again with it).
 */
export const PROCESS_ENV: Readonly<Record<string, string>> = {
  // glibc gives threads that allocate at the same time arenas of their own and keeps what was freed in
  // them: after indexing 10,000 articles the worker threads' and V8's collector threads' arenas held
  // 60–80 MB. Two arenas hold it back; the index took 0.3 s longer of 8–9 s in three pairs of runs,
  // within the machine's noise (no effect off glibc).
  MALLOC_ARENA_MAX: '2',
};
