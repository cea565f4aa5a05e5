#!/usr/bin/env node
// The registry these machines reach serves only the linux-x64 builds of some native tools
// (biome, turbo), so `npm install` writes a lock without entries for the other platforms' optional
// packages, and `npm ci` then refuses the lock as out of sync. This adds those entries, marked
// optional with the os/cpu/libc their names state, so npm ci skips them on this platform as it
// would with a lock written against the full registry. Run after any `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;

function platformOf(name) {
  const n = name.split('/').pop();
  const os = /darwin/.test(n)
    ? 'darwin'
    : /win32|windows/.test(n)
      ? 'win32'
      : /android/.test(n)
        ? 'android'
        : /freebsd/.test(n)
          ? 'freebsd'
          : 'linux';
  const cpu = /arm64/.test(n) ? 'arm64' : /arm/.test(n) ? 'arm' : /ia32/.test(n) ? 'ia32' : 'x64';
  const libc = /musl/.test(n) ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    pkgs[key] = { version: range, ...(meta.dev ? { dev: true } : {}), optional: true, ...platformOf(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock: added ${added} optional platform entries`);
