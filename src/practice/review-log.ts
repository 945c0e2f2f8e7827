import { isDayKey } from "./day.ts";

/**
 * Which questions the reader graded on which day: local day (`2026-12-01`) → question ids, sorted.
 * The progress keeps only the last grading of each question; this keeps the history the activity
 * chart needs. Merging two logs is a union, so importing the same file twice changes nothing.
 */
export type ReviewLog = Record<string, string[]>;

/** The log with one more grading. Pure: returns a new log (the same one when nothing changes). */
export function logReview(log: ReviewLog, day: string, id: string): ReviewLog {
	const ids = log[day] ?? [];
	if (ids.includes(id)) return log;
	return { ...log, [day]: [...ids, id].sort() };
}

/** Union of two logs, day by day. */
export function mergeLogs(current: ReviewLog, incoming: ReviewLog): ReviewLog {
	const merged: ReviewLog = { ...current };
	for (const [day, ids] of Object.entries(incoming)) {
		merged[day] = [...new Set([...(current[day] ?? []), ...ids])].sort();
	}
	return merged;
}

/**
 * Reads a stored or imported log, keeping every valid day and id. Counts what it left out: a day
 * that is not a date or has no list, an id that is not a non-empty string. Missing log: empty.
 */
export function readLog(value: unknown): { log: ReviewLog; dropped: number } {
	const log: ReviewLog = {};
	if (value === undefined) return { log, dropped: 0 };
	if (!value || typeof value !== "object" || Array.isArray(value)) return { log, dropped: 1 };
	let dropped = 0;
	for (const [day, ids] of Object.entries(value as Record<string, unknown>)) {
		if (!isDayKey(day) || !Array.isArray(ids)) {
			dropped += 1;
			continue;
		}
		const valid = ids.filter((id): id is string => typeof id === "string" && id !== "");
		dropped += ids.length - valid.length;
		if (valid.length > 0) log[day] = [...new Set(valid)].sort();
	}
	return { log, dropped };
}
