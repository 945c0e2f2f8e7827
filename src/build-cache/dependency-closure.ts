/** One installed package as npm's lockfile records it (`packages["node_modules/x"]`). */
export interface LockedPackage {
	version?: string;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}

/**
 * Where Node finds package `name` when `from` (a lockfile path such as `node_modules/a`, or `""`
 * for the project) imports it: the nearest `node_modules/name` up the tree, as npm installs it.
 */
export function resolveInstalled(
	packages: Readonly<Record<string, LockedPackage>>,
	from: string,
	name: string,
): string | undefined {
	let base = from;
	for (;;) {
		const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
		if (packages[candidate]) return candidate;
		if (!base) return undefined;
		const parent = base.lastIndexOf("/node_modules/");
		base = parent === -1 ? "" : base.slice(0, parent);
	}
}

/**
 * Every installed package that `roots` load, directly or through their dependencies, as sorted
 * `name@version` lines; a changed version anywhere in that tree changes the list. Packages that
 * are not installed (optional ones for other platforms) are left out.
 */
export function dependencyClosure(
	packages: Readonly<Record<string, LockedPackage>>,
	roots: readonly string[],
): string[] {
	const seen = new Set<string>();
	const pending = roots.flatMap((name) => resolveInstalled(packages, "", name) ?? []);
	for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
		if (seen.has(path)) continue;
		seen.add(path);
		const { dependencies = {}, optionalDependencies = {}, peerDependencies = {} } = packages[path] ?? {};
		for (const name of Object.keys({ ...dependencies, ...optionalDependencies, ...peerDependencies })) {
			const found = resolveInstalled(packages, path, name);
			if (found) pending.push(found);
		}
	}
	return [...seen]
		.map((path) => `${path.replace(/^.*node_modules\//, "")}@${packages[path]?.version}`)
		.sort();
}
