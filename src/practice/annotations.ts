/**
 * The reader's own marks on questions: stars (a personal list to come back to) and private notes
 * in Markdown. Both live in the progress, so they are exported and imported with it.
 */

/** Starred questions: id → when starred, ms since epoch. */
export type Stars = Record<string, number>;

export interface Note {
	/** Markdown source, as the reader typed it. */
	text: string;
	/** When last changed, ms since epoch; on import the later version of a note wins. */
	updated: number;
}

/** Notes by question id. A note emptied by the reader is removed. */
export type Notes = Record<string, Note>;

export function setStar(stars: Stars, id: string, starred: boolean, now: number): Stars {
	if (starred === id in stars) return stars;
	const next = { ...stars };
	if (starred) next[id] = now;
	else delete next[id];
	return next;
}

export function setNote(notes: Notes, id: string, text: string, now: number): Notes {
	const next = { ...notes };
	if (text.trim() === "") delete next[id];
	else next[id] = { text, updated: now };
	return next;
}

/** Stars from both sides (importing never unstars); for a question in both, the earlier time. */
export function mergeStars(current: Stars, incoming: Stars): Stars {
	const merged = { ...current };
	for (const [id, time] of Object.entries(incoming)) merged[id] = Math.min(time, current[id] ?? time);
	return merged;
}

/** Notes from both sides; for a question in both, the later edit wins. */
export function mergeNotes(current: Notes, incoming: Notes): Notes {
	const merged = { ...current };
	for (const [id, note] of Object.entries(incoming)) {
		const mine = current[id];
		if (!mine || note.updated > mine.updated) merged[id] = note;
	}
	return merged;
}

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isRecord(value: unknown): value is Record<string, unknown> {
	return !!value && typeof value === "object" && !Array.isArray(value);
}

/** Reads stored or imported stars, keeping the valid ones and counting the rest. Missing: none. */
export function readStars(value: unknown): { stars: Stars; dropped: number } {
	const stars: Stars = {};
	if (value === undefined) return { stars, dropped: 0 };
	if (!isRecord(value)) return { stars, dropped: 1 };
	let dropped = 0;
	for (const [id, time] of Object.entries(value)) {
		if (id !== "" && isTime(time)) stars[id] = time;
		else dropped += 1;
	}
	return { stars, dropped };
}

/** Reads stored or imported notes, keeping the valid ones and counting the rest. Missing: none. */
export function readNotes(value: unknown): { notes: Notes; dropped: number } {
	const notes: Notes = {};
	if (value === undefined) return { notes, dropped: 0 };
	if (!isRecord(value)) return { notes, dropped: 1 };
	let dropped = 0;
	for (const [id, note] of Object.entries(value)) {
		if (id !== "" && isRecord(note) && typeof note["text"] === "string" && isTime(note["updated"])) {
			if (note["text"].trim() !== "") notes[id] = { text: note["text"], updated: note["updated"] };
		} else dropped += 1;
	}
	return { notes, dropped };
}
