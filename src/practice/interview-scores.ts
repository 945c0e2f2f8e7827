import { CATEGORIES, DIFFICULTIES } from "../schemas/taxonomy.ts";
import type { InterviewItem, InterviewReport } from "./interview-report.ts";
import type { InterviewSettings } from "./interview-settings.ts";

/** A question's score: the share of its key points the reader ticked (no points: 0). */
export function itemScore(checked: number, total: number): number {
	return total > 0 ? Math.min(1, Math.max(0, checked / total)) : 0;
}

const mean = (values: readonly number[]) =>
	values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;

/** A finished interview's report; the overall score is the mean of the question scores. */
export function buildReport(parts: {
	id: string;
	startedAt: number;
	finishedAt: number;
	settings: InterviewSettings;
	items: InterviewItem[];
}): InterviewReport {
	return { ...parts, score: mean(parts.items.map((item) => item.score)) };
}

/** A report id from its start time and a random suffix: unique enough for one reader's browser. */
export function reportId(startedAt: number, random: () => number): string {
	return `${startedAt.toString(36)}-${Math.floor(random() * 36 ** 4)
		.toString(36)
		.padStart(4, "0")}`;
}

export interface ScoreRow {
	label: string;
	count: number;
	/** Mean score, 0..1. */
	score: number;
	/** Mean seconds per question. */
	seconds: number;
}

/** Score and time per category or per difficulty, in the bank's order of those (unknown labels last). */
export function scoresBy(items: readonly InterviewItem[], facet: "category" | "difficulty"): ScoreRow[] {
	const order = (facet === "category" ? CATEGORIES : DIFFICULTIES).map((term) => term.label as string);
	const groups = new Map<string, InterviewItem[]>();
	for (const item of items) groups.set(item[facet], [...(groups.get(item[facet]) ?? []), item]);
	const position = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
	return [...groups]
		.sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b, "zh-CN"))
		.map(([label, group]) => ({
			label,
			count: group.length,
			score: mean(group.map((item) => item.score)),
			seconds: mean(group.map((item) => item.seconds)),
		}));
}

/** Questions the reader did not answer in full (some key point left unticked). */
export function missedItems(items: readonly InterviewItem[]): InterviewItem[] {
	return items.filter((item) => item.score < 1);
}

export interface WeakTags {
	/** Tags with the same questions behind them (one missed question with three tags: one row). */
	tags: string[];
	/** Mean score of the questions with these tags. */
	score: number;
	count: number;
	/** Ids of the missed questions with these tags, in the order asked. */
	missed: string[];
}

/**
 * The tags to study next: those with a missed question, lowest mean score first, then the most
 * missed, then the most asked. Tags that stand for exactly the same questions share a row.
 */
export function weakestTags(items: readonly InterviewItem[], limit = 3): WeakTags[] {
	const byTag = new Map<string, InterviewItem[]>();
	for (const item of items) for (const tag of item.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
	const rows = [...byTag]
		.map(([tag, group]) => ({
			tag,
			score: mean(group.map((item) => item.score)),
			ids: group.map((item) => item.id),
			missed: missedItems(group).map((item) => item.id),
		}))
		.filter((row) => row.missed.length > 0)
		.sort(
			(a, b) =>
				a.score - b.score ||
				b.missed.length - a.missed.length ||
				b.ids.length - a.ids.length ||
				a.tag.localeCompare(b.tag, "zh-CN"),
		);
	const groups = new Map<string, WeakTags>();
	for (const row of rows) {
		const key = row.ids.join("\n");
		const group = groups.get(key);
		if (group) group.tags.push(row.tag);
		else groups.set(key, { tags: [row.tag], score: row.score, count: row.ids.length, missed: row.missed });
	}
	return [...groups.values()].slice(0, limit);
}

/** A score as a whole percentage: 0.666… → "67%". */
export function percent(score: number): string {
	return `${Math.round(score * 100)}%`;
}

/** Seconds as `m:ss` (or `h:mm:ss` from an hour). */
export function formatDuration(totalSeconds: number): string {
	const seconds = Math.max(0, Math.floor(totalSeconds));
	const pad = (value: number) => String(value).padStart(2, "0");
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `${minutes}:${pad(seconds % 60)}`;
}
