/** Reading and writing a CSP policy string: `name source source; name source; …`. */

/** Directive name → its sources, in the order they were written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // A repeated directive is ignored by browsers; keep the first, as they do.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows what any of the given ones allows, directive by directive. */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

export const isHashSource = (source: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
