/**
 * The last `capacity` items, newest first: the log's memory stays bounded however long the app runs.
 * `push` is O(1); `toArray` copies, so call it once per change that is shown.
 */
export class Ring<T> {
  private _items: (T | undefined)[]
  private _next = 0
  private _size = 0
  /** Items pushed out to make room, since the last `clear`. */
  dropped = 0

  constructor(readonly capacity: number) {
    this._items = new Array(capacity)
  }

  get size(): number {
    return this._size
  }

  push(item: T): void {
    if (this._size === this.capacity) this.dropped++
    else this._size++
    this._items[this._next] = item
    this._next = (this._next + 1) % this.capacity
  }

  clear(): void {
    this._items = new Array(this.capacity)
    this._next = 0
    this._size = 0
    this.dropped = 0
  }

  /** Newest first. */
  toArray(): T[] {
    const out: T[] = []
    for (let i = 1; i <= this._size; i++) {
      out.push(this._items[(this._next - i + this.capacity) % this.capacity] as T)
    }
    return out
  }
}
