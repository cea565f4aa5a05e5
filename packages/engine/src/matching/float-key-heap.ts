/**
 * A binary min-heap of (key, node) pairs on typed arrays, for Dijkstra with lazy deletion:
 * duplicates are allowed and the caller skips stale entries, which is faster here than
 * decrease-key bookkeeping. Grows by doubling; `clear` keeps the storage.
 */
export class FloatKeyHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.keys = new Float64Array(n);
    this.nodes = new Int32Array(n);
  }

  clear(): void {
    this.size = 0;
  }

  /** Smallest key; only valid when size > 0. */
  topKey(): number {
    return this.keys[0]!;
  }

  /** Node of the smallest key; only valid when size > 0. */
  topNode(): number {
    return this.nodes[0]!;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the smallest entry. */
  pop(): void {
    const n = --this.size;
    if (n <= 0) return;
    const keys = this.keys;
    const nodes = this.nodes;
    const key = keys[n]!;
    const node = nodes[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && keys[right]! < keys[child]!) child = right;
      const ck = keys[child]!;
      if (ck >= key) break;
      keys[i] = ck;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
