// Many typed arrays carved out of one ArrayBuffer. V8 counts ArrayBuffer memory as external and
// starts a full garbage collection whenever it has grown by about 64 MiB since the last one; with
// a million-member pool of objects on the heap each such collection takes seconds. One buffer
// for a whole structure means one collection instead of one per array.

type ViewConstructor =
  | Uint8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float64ArrayConstructor;

/** What to allocate: for each name, the view type and its length in elements. */
export type ArenaSpec = Readonly<Record<string, readonly [ViewConstructor, number]>>;

/** The views of an arena, by name. */
export type ArenaViews<S extends ArenaSpec> = { -readonly [K in keyof S]: InstanceType<S[K][0]> };

/** Allocates every view of `spec` in one zero-filled ArrayBuffer (each view 8-byte aligned). */
export function allocateViews<S extends ArenaSpec>(spec: S): ArenaViews<S> {
  let bytes = 0;
  const offsets: number[] = [];
  for (const [ctor, length] of Object.values(spec)) {
    offsets.push(bytes);
    bytes += Math.ceil((ctor.BYTES_PER_ELEMENT * length) / 8) * 8;
  }
  const buffer = new ArrayBuffer(bytes);
  const out: Record<string, unknown> = {};
  Object.entries(spec).forEach(([name, [ctor, length]], i) => {
    out[name] = new ctor(buffer, offsets[i]!, length);
  });
  return out as ArenaViews<S>;
}
