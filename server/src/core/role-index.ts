import type { Entity } from './resolve';

/** A role someone holds. */
export interface RoleHeld {
  person: Entity;
  role: string;
}

/**
 * The people's roles by role ("Homeland Security Secretary"), in the order `members` reads them: the people
 * in the order of the entities, each one's roles in order. A body an edit names anew ("MS-16") is looked for
 * in the roles that hold its name alone, where reading every person's roles took most of such an edit (the
 * benchmark's 10,000 articles name 42,000 people, most of them sharing 824 roles).
 */
export interface RoleIndex {
  /** Each role held, and who holds it, at the same place. */
  roles: string[];
  people: Entity[];
  /** Each role's places in `roles`, ascending. */
  byRole: Map<string, number[]>;
}

// (kept beside the entities while no person changes: an edit of names lets it go before it changes them. The
// reviewer's decisions join and split people, but bodies' members are found with the decisions undone, as
// every edit and a fresh resolution find them, and undoing them gives back the same people with the same roles)
const indexes = new WeakMap<object, RoleIndex | 'asked'>();

/**
 * The index of these entities' people's roles, made when asked a second time since they last changed
 * (undefined the first time): an edit of names lets it go, and made for one edit it costs more than the
 * roles read once (made at each, the benchmark's place edits took 94 ms against 73 at 40,000 articles, p50).
 * Once made, it is held while the entities are: two lists as long as the roles held, and the map by role.
 */
export function roleIndex(entities: Map<string, Entity>): RoleIndex | undefined {
  const known = indexes.get(entities);
  if (known !== undefined && known !== 'asked') return known;
  if (known === undefined) {
    indexes.set(entities, 'asked');
    return undefined;
  }
  const index: RoleIndex = { roles: [], people: [], byRole: new Map() };
  for (const person of entities.values()) {
    if (person.kind !== 'person') continue;
    for (const { role } of person.roles) {
      const places = index.byRole.get(role);
      if (places) places.push(index.roles.length);
      else index.byRole.set(role, [index.roles.length]);
      index.roles.push(role);
      index.people.push(person);
    }
  }
  indexes.set(entities, index);
  return index;
}

/** The people of these entities, their roles or their order are about to change. */
export function forgetRoles(entities: Map<string, Entity>): void {
  indexes.delete(entities);
}
