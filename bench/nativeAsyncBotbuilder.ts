/**
 * An experiment, never loaded by the service: botbuilder's async methods run as native `async`
 * functions instead of TypeScript's ES2015 output (turncpu28, docs/history/performance.md).
 *
 *   node --max-semi-space-size=32 --trace-gc-nvp --import tsx --import ./bench/nativeAsyncBotbuilder.ts bench/backendProfile.ts
 *
 * botbuilder 4.23 ships its packages compiled for ES2015: every async method is
 * `__awaiter(this, void 0, void 0, function* () {…})`, a generator function made afresh on each
 * call. Calling a fresh generator function keeps its closure (here: the turn's objects) through
 * V8's young-generation collections until a full one, so they are copied and promoted. Loaded
 * before the app, this rewrites those bodies, as botbuilder's CommonJS files are compiled, into
 * `async function () {…}` (each `yield` an `await`) and hands them a helper that calls them with
 * the same `this`. Sites that pass `arguments` are left alone; a file with one is not rewritten.
 * It prints what it rewrote and how many calls it served when the process exits.
 */
import { createRequire } from 'node:module';

interface CompilingModule {
  _compile: (this: CompilingModule, content: string, filename: string) => unknown;
}

const require = createRequire(import.meta.url);
const moduleClass = require('node:module') as { prototype: CompilingModule };
const PACKAGES =
  /[\\/]node_modules[\\/](botbuilder|botbuilder-core|botbuilder-dialogs|botframework-connector|botbuilder-stdlib)[\\/]lib[\\/]/;
const SITE = /__awaiter\((this|void 0), void 0, void 0, function\* \(\) \{/g;
const ARGUMENTS_SITE = /__awaiter\([^,]+, arguments, /;

let files = 0;
let sites = 0;
let calls = 0;

/** TypeScript's helper reads `this.__awaiter` first; module.exports inherits it from here. */
function nativeAwaiter(
  thisArg: unknown,
  _args: unknown,
  _promise: unknown,
  body: (this: unknown) => Promise<unknown>,
): Promise<unknown> {
  calls++;
  return body.call(thisArg);
}

const compile = moduleClass.prototype._compile;
moduleClass.prototype._compile = function (
  this: CompilingModule,
  content: string,
  filename: string,
): unknown {
  if (PACKAGES.test(filename) && content.includes('__awaiter(') && !ARGUMENTS_SITE.test(content)) {
    const rewritten = content.replace(SITE, (_site, self: string) => {
      sites++;
      return `__awaiter(${self}, void 0, void 0, async function () {`;
    });
    files++;
    return compile.call(this, rewritten.replace(/\byield\b(?!\*)/g, 'await'), filename);
  }
  return compile.call(this, content, filename);
};
Object.defineProperty(Object.prototype, '__awaiter', {
  configurable: true,
  enumerable: false,
  get: () => nativeAwaiter,
});
process.on('exit', () => {
  process.stderr.write(`nativeAsyncBotbuilder: ${files} files, ${sites} sites, ${calls} calls\n`);
});
