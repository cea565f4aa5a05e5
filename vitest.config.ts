import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const engineSrc = fileURLToPath(new URL('./packages/engine/src/index.ts', import.meta.url));

// One root command runs every package's tests; each package is a project so that
// `vitest run --project engine` works too. Tests import the engine from source.
export default defineConfig({
  resolve: { alias: { '@redthread/engine': engineSrc } },
  test: {
    projects: ['engine', 'server', 'bench'].map((name) => ({
      extends: true,
      test: { name, include: [`packages/${name}/src/**/*.test.ts`], testTimeout: 60_000 },
    })),
  },
});
