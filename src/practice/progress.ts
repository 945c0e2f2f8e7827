import { mergeNotes, mergeStars, type Notes, readNotes, readStars, type Stars } from "./annotations.ts";
import { dayKey } from "./day.ts";
import { logReview, mergeLogs, type ReviewLog, readLog } from "./review-log.ts";

/**
 * Practice progress, kept in the reader's browser only. Each question sits in a Leitner box: 不会
 * sends it to box 1 (review again today), 模糊 to box 2 (tomorrow), 会 moves it up one box, and
 * higher boxes wait longer before the question is due again.
 */

export const GRADES = ["know", "fuzzy", "unknown"] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = { know: "会", fuzzy: "模糊", unknown: "不会" };

/** Days a question waits in each box (index = box) before it is due again. */
export const BOX_INTERVAL_DAYS = [0, 0, 1, 3, 7, 14] as const;
export const TOP_BOX = BOX_INTERVAL_DAYS.length - 1;

export interface QuestionProgress {
	box: number;
	grade: Grade;
	/** How many times the reader graded it. */
	reviews: number;
	/** When it was last graded, ms since epoch. */
	last: number;
}

/**
 * What is stored and exported. `log`, `stars` and `notes` came later: files without them still
 * load (as empty), and files with them still load in the older site, which ignores them.
 */
export interface Progress {
	version: 1;
	/** The last grading of each question. */
	questions: Record<string, QuestionProgress>;
	/** Which questions were graded on which day. */
	log: ReviewLog;
	stars: Stars;
	notes: Notes;
}

export const STORAGE_KEY = "practice-progress";
const DAY = 24 * 60 * 60 * 1000;

export function emptyProgress(): Progress {
	return { version: 1, questions: {}, log: {}, stars: {}, notes: {} };
}

/**
 * The progress after grading one question at time `now` (logged on the reader's local day of
 * `now`). Pure: returns a new object.
 */
export function gradeQuestion(progress: Progress, id: string, grade: Grade, now: number): Progress {
	const before = progress.questions[id];
	const box = grade === "unknown" ? 1 : grade === "fuzzy" ? 2 : Math.min((before?.box ?? 2) + 1, TOP_BOX);
	return {
		...progress,
		questions: {
			...progress.questions,
			[id]: { box, grade, reviews: (before?.reviews ?? 0) + 1, last: now },
		},
		log: logReview(progress.log, dayKey(new Date(now)), id),
	};
}

/** When a graded question is due again, ms since epoch. */
export function dueAt(entry: QuestionProgress): number {
	return entry.last + (BOX_INTERVAL_DAYS[entry.box] ?? 0) * DAY;
}

export function isDue(entry: QuestionProgress | undefined, now: number): boolean {
	return entry === undefined || dueAt(entry) <= now;
}

function isEntry(value: unknown): value is QuestionProgress {
	if (!value || typeof value !== "object") return false;
	const entry = value as Record<string, unknown>;
	return (
		Number.isInteger(entry["box"]) &&
		(entry["box"] as number) >= 1 &&
		(entry["box"] as number) <= TOP_BOX &&
		GRADES.includes(entry["grade"] as Grade) &&
		Number.isInteger(entry["reviews"]) &&
		(entry["reviews"] as number) >= 0 &&
		typeof entry["last"] === "number" &&
		Number.isFinite(entry["last"])
	);
}

export interface ParsedProgress {
	progress: Progress;
	/** Entries that could not be read and were left out. */
	dropped: number;
	/** Set when the text was not progress at all, or in an unknown format. */
	problem?: string;
}

/**
 * Reads progress from stored or imported text, keeping every valid entry (gradings, log days, stars,
 * notes). Also reads the old format (a plain `{ id: "know" | "fuzzy" | "unknown" }` map). Never throws.
 */
export function parseProgress(text: string | null): ParsedProgress {
	if (text === null || text === "") return { progress: emptyProgress(), dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), dropped: 0, problem: "不是有效的 JSON" };
	}
	if (!data || typeof data !== "object" || Array.isArray(data)) {
		return { progress: emptyProgress(), dropped: 0, problem: "不是练习进度数据" };
	}
	const record = data as Record<string, unknown>;
	const progress = emptyProgress();
	let dropped = 0;
	if (record["version"] === 1 && record["questions"] && typeof record["questions"] === "object") {
		for (const [id, entry] of Object.entries(record["questions"] as Record<string, unknown>)) {
			if (isEntry(entry))
				progress.questions[id] = {
					box: entry.box,
					grade: entry.grade,
					reviews: entry.reviews,
					last: entry.last,
				};
			else dropped += 1;
		}
		const { log, dropped: badDays } = readLog(record["log"]);
		const { stars, dropped: badStars } = readStars(record["stars"]);
		const { notes, dropped: badNotes } = readNotes(record["notes"]);
		return { progress: { ...progress, log, stars, notes }, dropped: dropped + badDays + badStars + badNotes };
	}
	if (record["version"] !== undefined) {
		return { progress, dropped: 0, problem: `不认识的进度格式版本：${String(record["version"])}` };
	}
	// Version 0: `{ "kv-cache": "know" }`, graded long ago.
	for (const [id, grade] of Object.entries(record)) {
		if (GRADES.includes(grade as Grade))
			progress.questions[id] = gradeQuestion(emptyProgress(), id, grade as Grade, 0).questions[
				id
			] as QuestionProgress;
		else dropped += 1;
	}
	return Object.keys(progress.questions).length > 0 || dropped === 0
		? { progress, dropped }
		: { progress, dropped, problem: "不是练习进度数据" };
}

/**
 * Merges imported progress into the current one: for a question in both, the later grading and the
 * later note win; logs and stars are joined. Nothing of either side is lost.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
	const questions = { ...current.questions };
	for (const [id, entry] of Object.entries(incoming.questions)) {
		const mine = questions[id];
		if (!mine || entry.last > mine.last) questions[id] = entry;
	}
	return {
		version: 1,
		questions,
		log: mergeLogs(current.log, incoming.log),
		stars: mergeStars(current.stars, incoming.stars),
		notes: mergeNotes(current.notes, incoming.notes),
	};
}

/** True when the progress holds nothing: no grading, log day, star or note. */
export function isEmptyProgress(progress: Progress): boolean {
	return [progress.questions, progress.log, progress.stars, progress.notes].every(
		(part) => Object.keys(part).length === 0,
	);
}

/** How many of these questions the reader last graded 会. */
export function masteredCount(progress: Progress, ids: readonly string[]): number {
	return ids.filter((id) => progress.questions[id]?.grade === "know").length;
}
