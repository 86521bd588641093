// clusterctl-style variable substitution: ${VAR}, ${VAR:=default}, ${VAR:-default}.
// Upstream templates carry these placeholders; the simulator resolves them before parsing YAML.

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::[=-]((?:[^}"]|"[^"]*")*))?\}/g;

export function resolvePlaceholders(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (match, name: string, fallback: string | undefined) => {
    const value = variables[name] ?? fallback;
    if (value === undefined) throw new Error(`template variable ${name} has no value and no default (${match})`);
    return value;
  });
}
