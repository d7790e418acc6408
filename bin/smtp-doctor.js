#!/usr/bin/env -S node --
// The bundle of dist/cli/main.js that `npm run build` makes (scripts/bundle.mjs).
import { main } from '../dist/bundle/smtp-doctor.js';

// A closed pipe (smtp-doctor providers | head) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main({
  argv: process.argv,
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exitCode = code;
// Do not wait for stray handles (a half-closed socket) once the verdict is out.
setTimeout(() => process.exit(code), 200).unref();
