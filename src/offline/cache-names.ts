/**
 * Names of the offline caches. Cache Storage is shared by the whole origin, so a name carries the
 * site's scope (two sites on one host, `/kb/` and `/docs/`, never touch each other's caches) and
 * the build version (each deploy fills new caches and deletes the old ones).
 */

/** `shell`: precached at install; `pages`: what the reader opened; `bank`: the whole-bank download. */
export type CacheKind = "shell" | "pages" | "bank";

const PREFIX = "offline";
const SEPARATOR = " ";

export interface CacheNameParts {
	scope: string;
	version: string;
	kind: CacheKind;
}

/** The cache of one kind for a scope path (`/kb/`) and a build version. */
export function cacheName(scope: string, version: string, kind: CacheKind): string {
	return [PREFIX, scope, version, kind].join(SEPARATOR);
}

/** The parts of an offline cache's name, or undefined for a cache this site did not name. */
export function parseCacheName(name: string): CacheNameParts | undefined {
	const parts = name.split(SEPARATOR);
	const [prefix, scope, version, kind] = parts;
	if (parts.length !== 4 || prefix !== PREFIX || !scope || !version) return undefined;
	if (kind !== "shell" && kind !== "pages" && kind !== "bank") return undefined;
	return { scope, version, kind };
}

/** This scope's caches from other builds, by kind: what a new version deletes on activation. */
export function outdatedCaches(names: readonly string[], scope: string, version: string): CacheNameParts[] {
	return names.flatMap((name) => {
		const parts = parseCacheName(name);
		return parts && parts.scope === scope && parts.version !== version ? [parts] : [];
	});
}
