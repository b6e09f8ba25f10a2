// Preloaded after ts-node (`node -r ts-node/register/transpile-only -r ./scripts/plain-stack-traces.js main.ts`):
// gives stack traces back to V8's own formatting. cdktf captures a full stack trace for every token it creates,
// and ts-node maps each frame of each one through its source maps; with thousands of repositories that mapping
// costs twice the synth itself (10,000 repositories: about 100 s of CPU instead of 35 s, see BENCHMARKS.md).
// Error messages are unchanged; only the positions in a stack trace are those of the transpiled JavaScript.
'use strict';
Error.prepareStackTrace = undefined;
