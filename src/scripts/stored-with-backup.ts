/** What a reader of stored text made of it: what it kept, and what it could not read. */
export interface ParsedStore<T> {
	value: T;
	/** Set when the text could not be read at all. */
	problem?: string | undefined;
	/** Entries left out as damaged. */
	dropped: number;
}

export type StoredRead<T> =
	| { available: false }
	| {
			available: true;
			value: T;
			/** Set when the stored text was damaged; `backedUp` tells whether it was saved aside. */
			damage?: { problem?: string | undefined; dropped: number; backedUp: boolean };
	  };

/**
 * Reads `localStorage[key]` through `parse`. Damaged data never breaks the page: whatever `parse`
 * kept is returned, and when it left something out or could not read the text at all, the stored
 * text is first saved aside under `${key}-backup-${now}`, so nothing is lost. Telling the reader
 * is the caller's part. `available: false` when the browser does not allow local storage.
 */
export function readStoredWithBackup<T>(
	key: string,
	parse: (text: string | null) => ParsedStore<T>,
	now: number,
): StoredRead<T> {
	let text: string | null;
	try {
		text = localStorage.getItem(key);
	} catch {
		return { available: false };
	}
	const { value, problem, dropped } = parse(text);
	if (!problem && dropped === 0) return { available: true, value };
	let backedUp = false;
	try {
		localStorage.setItem(`${key}-backup-${now}`, text ?? "");
		backedUp = true;
	} catch {}
	return { available: true, value, damage: { problem, dropped, backedUp } };
}
