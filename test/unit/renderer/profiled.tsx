/**
 * React's <Profiler> around each instance of a component, for the tests that prove a change
 * re-renders only what it must. A test swaps the component for its profiled twin with
 * `vi.mock`, so the product code carries no counters: the profiler reports each commit in
 * which an instance (or anything inside it) rendered, under that instance's name.
 */
import { memo, Profiler, type ComponentType, type ReactElement } from 'react';

/** Which instances rendered, in order, one entry per commit each rendered in; null while nobody watches. */
export interface RenderLog {
  entries: string[] | null;
}

/** Starts a fresh record in `log`; the function returns it so far. */
export function watchRenders(log: RenderLog): () => readonly string[] {
  const entries: string[] = [];
  log.entries = entries;
  return () => [...entries];
}

/** `Component` wrapped in a Profiler named by `nameOf(props)`, memoised as the component is. */
export function profiled<P extends object>(Component: ComponentType<P>, nameOf: (props: P) => string, log: RenderLog): ComponentType<P> {
  const Profiled = (props: P): ReactElement => (
    <Profiler id={nameOf(props)} onRender={(id) => log.entries?.push(id)}>
      <Component {...props} />
    </Profiler>
  );
  return memo(Profiled);
}
