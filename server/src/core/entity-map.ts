import type { Entity } from './resolve';

/**
 * The corpus's entities by id, iterated in the order resolution made them. A Map's own order is the order
 * its keys were added in: putting one entity in its place after an edit (`rearrange`) would mean making the
 * map again, tens of thousands of entries at 10,000 articles, where this writes one list. Unlike a Map's,
 * its iteration does not follow deletions made while it runs: nothing deletes while iterating it.
 */
export class EntityMap extends Map<string, Entity> {
  private order: Entity[] = [];

  override set(id: string, e: Entity): this {
    const old = super.get(id);
    if (old === undefined) this.order.push(e);
    else if (old !== e) this.order[this.order.indexOf(old)] = e;
    return super.set(id, e);
  }

  override delete(id: string): boolean {
    const e = super.get(id);
    if (e === undefined) return false;
    this.order.splice(this.order.indexOf(e), 1);
    return super.delete(id);
  }

  override clear(): void {
    this.order = [];
    super.clear();
  }

  /** Where an entity is in the order (-1 when it is not in the map). */
  indexOf(e: Entity): number {
    return super.get(e.id) === e ? this.order.indexOf(e) : -1;
  }

  /** Puts an entity back where it was in the order (undoing a reviewer's decision that took it out). */
  insert(e: Entity, at: number): void {
    if (super.has(e.id)) throw new Error(`an entity inserted twice: ${e.id}`);
    super.set(e.id, e);
    this.order.splice(at, 0, e);
  }

  /** Takes out every entity that `drop` says (one pass, where deleting each would be one pass each). */
  deleteWhere(drop: (e: Entity) => boolean): void {
    for (const e of this.order) if (drop(e)) super.delete(e.id);
    this.order = this.order.filter((e) => super.get(e.id) === e);
  }

  /**
   * Where the organisations start in the order: they are its last entities, as resolution makes them and
   * edits keep them (a reviewer's decision can put another entity after them, but an edit is resolved in
   * place only with the decisions undone).
   */
  static firstBody(order: readonly Entity[]): number {
    let i = order.length;
    while (i > 0 && order[i - 1].kind === 'organisation') i--;
    return i;
  }

  /** The order, rearranged in place by `f`, which leaves the same entities in it (a few moved are cheaper so). */
  rearrange(f: (order: Entity[]) => void): void {
    f(this.order);
    if (this.order.length !== this.size) throw new Error('an entity map is rearranged with its own entities');
  }

  override values(): MapIterator<Entity> {
    return this.order.values() as MapIterator<Entity>;
  }

  override *keys(): MapIterator<string> {
    for (const e of this.order) yield e.id;
  }

  override *entries(): MapIterator<[string, Entity]> {
    for (const e of this.order) yield [e.id, e];
  }

  override [Symbol.iterator](): MapIterator<[string, Entity]> {
    return this.entries();
  }

  override forEach(f: (e: Entity, id: string, map: Map<string, Entity>) => void, self?: unknown): void {
    for (const e of this.order) f.call(self, e, e.id, this);
  }
}
