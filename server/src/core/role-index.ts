import type { Entity } from './resolve';

/** A role someone holds. */
export interface RoleHeld {
  person: Entity;
  role: string;
}

/**
 * The people's roles by role ("Homeland Security Secretary"), each with its person, in the order `members`
 * reads them: the people in the order of the entities, each one's roles in order. A body an edit names anew
 * ("MS-16") is looked for in the roles that hold its name alone, where reading every person's roles took
 * most of such an edit (the benchmark's 10,000 articles name 42,000 people, most of them sharing 824 roles).
 */
export interface RoleIndex {
  held: RoleHeld[];
  /** Each role's places in `held`, ascending. */
  byRole: Map<string, number[]>;
}

// (kept beside the entities while no person changes: an edit of names lets it go. The reviewer's decisions join
// and split people, but bodies' members are found with the decisions undone, as every edit and a fresh
// resolution find them, and undoing them gives back the same people with the same roles)
const indexes = new WeakMap<object, RoleIndex>();

/** The index of these entities' people's roles, made when first asked. */
export function roleIndex(entities: Map<string, Entity>): RoleIndex {
  let index = indexes.get(entities);
  if (index) return index;
  index = { held: [], byRole: new Map() };
  for (const person of entities.values()) {
    if (person.kind !== 'person') continue;
    for (const { role } of person.roles) {
      const at = index.held.push({ person, role }) - 1;
      const places = index.byRole.get(role);
      if (places) places.push(at);
      else index.byRole.set(role, [at]);
    }
  }
  indexes.set(entities, index);
  return index;
}

/** The people of these entities, their roles or their order are about to change. */
export function forgetRoles(entities: Map<string, Entity>): void {
  indexes.delete(entities);
}
