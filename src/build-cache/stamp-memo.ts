import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

interface Stamped<T> {
	stamp: string;
	value: T;
}

/**
 * Values computed from files (a hash, a size), kept in one JSON file and reused while the file
 * they came from has the same stamp (`fileStamp`). A memo file that is missing or corrupt, or an
 * entry of the wrong shape, counts as empty: the values are computed again.
 */
export interface StampMemo<T> {
	get(path: string, stamp: string): T | undefined;
	set(path: string, stamp: string, value: T): void;
	/** Writes the memo (atomically), with only the paths read or set since it was opened. */
	save(): void;
}

export function stampMemo<T>(file: string, isValue: (value: unknown) => value is T): StampMemo<T> {
	let previous: Record<string, Stamped<unknown>> = {};
	try {
		const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
		if (typeof parsed === "object" && parsed !== null) previous = parsed as Record<string, Stamped<unknown>>;
	} catch {
		// No memo yet, or an unreadable one: everything is computed.
	}
	const next: Record<string, Stamped<T>> = {};
	return {
		get(path, stamp) {
			const entry = next[path] ?? previous[path];
			if (entry?.stamp !== stamp || !isValue(entry.value)) return undefined;
			next[path] = { stamp, value: entry.value };
			return entry.value;
		},
		set(path, stamp, value) {
			next[path] = { stamp, value };
		},
		save() {
			mkdirSync(dirname(file), { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify(next));
			renameSync(temporary, file);
		},
	};
}
