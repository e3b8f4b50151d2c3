/**
 * The CLI imports each command, and a command its engine, only when it runs. Loading them
 * here, when a test file is imported, keeps that one-off cost (seconds on a busy machine) out of the
 * first test's time limit, as when the CLI imported everything up front.
 */
export {};

await Promise.all([
  import('../../../lib/cli/extract'),
  import('../../../lib/cli/check'),
  import('../../../lib/cli/statement'),
  import('../../../lib/cli/profile'),
  import('../../../lib/cli/profile-file'),
  import('../../../lib/cli/load-article'),
  import('../../../lib/match/compile'),
  import('../../../lib/verdict/check'),
  import('../../../lib/profile/example-profile'),
]);
