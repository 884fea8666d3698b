// What the sign-in page loads must stay small (issue 14 §5): the build of a portal fails when a library kept for the
// signed-in screens (Apollo Client, graphql-js, RxJS) enters its first load again — the entry chunk that index.html
// runs and the chunks it imports statically (its modulepreloads). They belong in the chunk of
// src/apollo/portal-apollo.tsx, loaded once a session is there. entry-size.ts prints the sizes.

/** The libraries of the signed-in chunk: none of them may be in a portal's first load. */
export const SIGNED_IN_ONLY = ['@apollo/client', 'graphql', 'rxjs'] as const;

/** The part of a Rollup/Rolldown output chunk this check reads. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
  moduleIds: readonly string[];
}

type BundleLike = Record<string, ChunkLike | { type: 'asset' }>;

/** The package a module id belongs to (`…/node_modules/@apollo/client/core/x.js` → `@apollo/client`), if any. */
export function packageOf(moduleId: string): string | null {
  const path = moduleId.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [scope, name] = path.slice(at + '/node_modules/'.length).split('/');
  if (!scope) return null;
  return scope.startsWith('@') && name ? `${scope}/${name}` : scope;
}

/** The chunks of the first load: each entry chunk and every chunk it imports statically, transitively. */
export function firstLoadChunks(bundle: BundleLike): ChunkLike[] {
  const chunks = new Map<string, ChunkLike>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const seen = new Set<string>();
  const pending = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...(chunks.get(file)?.imports ?? []));
  }
  return [...seen].flatMap((file) => chunks.get(file) ?? []);
}

/** The forbidden packages found in the first load, as `package (chunk)`, one per package and chunk. */
export function forbiddenInFirstLoad(bundle: BundleLike, forbidden: readonly string[] = SIGNED_IN_ONLY): string[] {
  const found = new Set<string>();
  for (const chunk of firstLoadChunks(bundle)) {
    for (const id of chunk.moduleIds) {
      const name = packageOf(id);
      if (name && forbidden.includes(name)) found.add(`${name} (${chunk.fileName})`);
    }
  }
  return [...found].sort();
}

/** The Vite plugin: fails the build when a signed-in-only library is in the first load. */
export function firstLoadPlugin(forbidden: readonly string[] = SIGNED_IN_ONLY): {
  name: string;
  apply: 'build';
  generateBundle(this: { error(message: string): never }, options: unknown, bundle: BundleLike): void;
} {
  return {
    name: 'navette-first-load',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = forbiddenInFirstLoad(bundle, forbidden);
      if (found.length > 0) {
        this.error(
          `The sign-in page would load ${found.join(', ')}: import it only from the signed-in screens ` +
            `(lazily, below RequireSession; see packages/ui/src/apollo/portal-apollo.tsx).`,
        );
      }
    },
  };
}
