import type { CacheKind } from "./cache-names.ts";
import type { Strategy } from "./strategy.ts";

/** A saved file of the previous version: its absolute URL and the cache it is in. */
export interface SavedEntry {
	url: string;
	kind: Exclude<CacheKind, "shell">;
}

export interface CarryOverInput {
	entries: readonly SavedEntry[];
	/** Content hashes by absolute URL, from the previous and the new bank list (empty when unknown). */
	oldHashes: ReadonlyMap<string, string>;
	newHashes: ReadonlyMap<string, string>;
	/** Absolute URLs the new version precaches anyway (a page the reader opened among them is not kept twice). */
	shell: ReadonlySet<string>;
	strategyOf: (url: string) => Strategy;
}

export interface CarryOverPlan {
	/** Unchanged files: copied from the old cache into the new one of the same kind, no request needed. */
	copy: SavedEntry[];
	/** Pages the reader opened whose content may have changed: fetched again. */
	refetch: string[];
}

/**
 * What a new version does with what the reader saved under the previous one. A file whose content
 * is known to be the same (its name is its content's hash, or both bank lists give the same hash)
 * is copied; a page the reader opened is fetched again; anything else is left behind (a file gone
 * from the build, or one the site fetches again when it needs it).
 */
export function planCarryOver({
	entries,
	oldHashes,
	newHashes,
	shell,
	strategyOf,
}: CarryOverInput): CarryOverPlan {
	const copy: SavedEntry[] = [];
	const refetch = new Set<string>();
	for (const entry of entries) {
		// The shell has its own fresh copy; the bank keeps one of its own (removing the bank must not touch the shell).
		if (entry.kind === "pages" && shell.has(entry.url)) continue;
		const strategy = strategyOf(entry.url);
		const hash = newHashes.get(entry.url);
		if (hash !== undefined && (strategy === "cache-first" || oldHashes.get(entry.url) === hash))
			copy.push(entry);
		else if (entry.kind === "pages" && strategy === "network-first") refetch.add(entry.url);
	}
	return { copy, refetch: [...refetch] };
}
