type Frame =
  | { kind: 'array'; items: unknown[]; snap: unknown }
  | { kind: 'object'; entries: Record<string, unknown>; key: string | undefined; snap: unknown };

/**
 * The container half of the partial JSON parser: a stack of mutable builders for the open arrays and
 * objects, plus lazily made frozen snapshots of them. The character state machine drives it.
 */
export interface PartialJsonParserStack {
  /** How many containers are open (0 at the top level). */
  readonly depth: number;
  /** Whether the innermost open container is an object. */
  readonly inObject: boolean;
  /** Whether the top-level value is complete. */
  readonly hasRoot: boolean;
  /** Opens an array or object at the current position. */
  open(kind: 'array' | 'object'): void;
  /** Names the key whose value comes next in the innermost (object) container. */
  setKey(key: string): void;
  /** Stores a complete value at the current position. */
  commit(value: unknown): void;
  /** Closes the innermost container and commits it to its parent. */
  close(): void;
  /** Records that the visible value changed, so the next snapshot is rebuilt. */
  touch(): void;
  /**
   * The frozen value so far. `pending` gives the visible value of the scalar being written
   * (undefined when there is none or it is not visible yet); it is only called when a rebuild is due.
   */
  snapshot(pending: () => unknown): unknown;
}

/**
 * Creates an empty {@link PartialJsonParserStack}.
 *
 * Cost: a snapshot copies only the containers on the open path (the spine), each in O(its width);
 * closed containers are frozen once, on close, and are then shared by every later snapshot.
 */
export function createPartialJsonParserStack(): PartialJsonParserStack {
  const frames: Frame[] = [];
  let root: unknown;
  let hasRoot = false;
  // Invariant: while `stale` is false, `cached` and every open frame's `snap` reflect the current
  // value, because every visible change goes through touch() (the state machine's job).
  let stale = true;
  let cached: unknown;

  const materialize = (frame: Frame, child: unknown): unknown => {
    if (frame.kind === 'array') {
      const out = frame.items.slice();
      if (child !== undefined) out.push(child);
      return Object.freeze(out);
    }
    // A computed key in a literal defines an own property, so a "__proto__" key stays plain data
    // as it does with JSON.parse; the builder itself has a null prototype for the same reason.
    const { key } = frame;
    return Object.freeze(child !== undefined && key !== undefined ? { ...frame.entries, [key]: child } : { ...frame.entries });
  };

  const commit = (value: unknown): void => {
    const top = frames[frames.length - 1];
    if (top === undefined) {
      root = value;
      hasRoot = true;
    } else if (top.kind === 'array') {
      top.items.push(value);
    } else {
      top.entries[top.key ?? ''] = value;
      top.key = undefined;
    }
  };

  return {
    get depth() {
      return frames.length;
    },
    get inObject() {
      return frames[frames.length - 1]?.kind === 'object';
    },
    get hasRoot() {
      return hasRoot;
    },
    open(kind) {
      frames.push(
        kind === 'array'
          ? { kind, items: [], snap: undefined }
          : { kind, entries: Object.create(null) as Record<string, unknown>, key: undefined, snap: undefined },
      );
      stale = true;
    },
    setKey(key) {
      const top = frames[frames.length - 1];
      if (top?.kind === 'object') top.key = key;
    },
    commit,
    close() {
      const frame = frames.pop();
      if (frame === undefined) return;
      // Reusing the last snapshot keeps the identity a UI already holds for the finished container.
      commit(!stale && frame.snap !== undefined ? frame.snap : materialize(frame, undefined));
    },
    touch() {
      stale = true;
    },
    snapshot(pending) {
      if (!stale) return cached;
      let child = frames.length === 0 && hasRoot ? root : pending();
      for (let d = frames.length - 1; d >= 0; d--) {
        const frame = frames[d] as Frame;
        frame.snap = materialize(frame, child);
        child = frame.snap;
      }
      cached = child;
      stale = false;
      return cached;
    },
  };
}
