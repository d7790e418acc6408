#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

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
