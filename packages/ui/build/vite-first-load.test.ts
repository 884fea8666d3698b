// The check that keeps Apollo Client, graphql and RxJS out of the sign-in page's first load (issue 14 §5).
import { describe, expect, it } from 'vitest';
import { firstLoadChunks, forbiddenInFirstLoad, packageOf } from './vite-first-load.ts';

const pnpm = '/repo/node_modules/.pnpm/@apollo+client@4.3.8_graphql@16.15.0/node_modules';

function chunk(fileName: string, imports: string[], moduleIds: string[], isEntry = false) {
  return { type: 'chunk' as const, fileName, isEntry, imports, moduleIds };
}

describe('packageOf', () => {
  it('reads the package of a module in pnpm’s store, scoped or not, and none for the workspace’s own files', () => {
    expect(packageOf(`${pnpm}/@apollo/client/core/ApolloClient.js`)).toBe('@apollo/client');
    expect(packageOf(`${pnpm}/graphql/language/printer.mjs`)).toBe('graphql');
    expect(packageOf('C:\\repo\\node_modules\\rxjs\\dist\\esm5\\index.js')).toBe('rxjs');
    expect(packageOf('/repo/packages/ui/src/apollo/portal-apollo.tsx')).toBeNull();
  });
});

describe('the first load', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', ['assets/shared.js'], ['/repo/apps/portal/src/main.tsx'], true),
    'assets/shared.js': chunk('assets/shared.js', ['assets/react.js'], ['/repo/packages/ui/src/copy.tsx']),
    'assets/react.js': chunk('assets/react.js', [], ['/repo/node_modules/react/index.js']),
    'assets/signed-in.js': chunk(
      'assets/signed-in.js',
      ['assets/shared.js'],
      [`${pnpm}/@apollo/client/core/ApolloClient.js`, `${pnpm}/graphql/index.mjs`],
    ),
    'assets/index.css': { type: 'asset' as const },
  };

  it('is the entry and what it imports statically, transitively — not the chunks loaded later', () => {
    expect(
      firstLoadChunks(bundle)
        .map((c) => c.fileName)
        .sort(),
    ).toEqual(['assets/index.js', 'assets/react.js', 'assets/shared.js']);
    expect(forbiddenInFirstLoad(bundle)).toEqual([]);
  });

  it('names each signed-in-only library that a static import brought into it, with its chunk', () => {
    const leaked = {
      ...bundle,
      'assets/shared.js': chunk('assets/shared.js', ['assets/react.js', 'assets/signed-in.js'], []),
    };
    expect(forbiddenInFirstLoad(leaked)).toEqual([
      '@apollo/client (assets/signed-in.js)',
      'graphql (assets/signed-in.js)',
    ]);
  });
});
