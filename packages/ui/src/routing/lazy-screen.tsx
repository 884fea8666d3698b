import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A screen loaded with its own chunk the first time its route is shown (issue 14 §5: the sign-in page loads only what
 * it needs). `load` is the screen module's dynamic import, `name` its export:
 * `const PeopleScreen = lazyScreen(() => import('./features/people/PeopleScreen.tsx'), 'PeopleScreen');`.
 * PortalLayout's Suspense boundary shows "Chargement…" meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
type AnyComponent = ComponentType<any>;

export function lazyScreen<M extends { [Name in K]: AnyComponent }, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy<M[K]>(async () => ({ default: (await load())[name] }));
}
