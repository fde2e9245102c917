/**
 * Dependency cycles among roadmap items. Lives in the model because both the loader
 * (a cycle is a problem of the opened file) and the schedule (cycles are left unscheduled)
 * need the same answer.
 */

/**
 * Strongly connected components that form cycles (two or more items, or an item that depends
 * on itself), each listed in the order the items appear in `ids`; components in order of
 * their first item. `edges(id)` gives the ids `id` depends on; unknown ids are ignored.
 */
export function findCycles(ids: readonly string[], edges: (id: string) => readonly string[]): string[][] {
  const known = new Set(ids);
  const order = new Map(ids.map((id, i) => [id, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;

  // Iterative Tarjan: a roadmap of thousands of items must not overflow the call stack.
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; children: string[]; i: number }[] = [];
    const enter = (id: string) => {
      index.set(id, next);
      low.set(id, next);
      next++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, children: edges(id).filter((c) => known.has(c)), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++]!;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && edges(frame.id).includes(frame.id);
        if (component.length > 1 || selfLoop) {
          cycles.push(component.sort((a, b) => order.get(a)! - order.get(b)!));
        }
      }
    }
  }
  return cycles.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}
