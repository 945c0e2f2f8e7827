/**
 * Mock-interview reports as the browser stores and exports them (`localStorage["interview-reports"]`,
 * `{ version: 1, reports: [...] }`), and a reader that keeps whatever can be read.
 */
import type { InterviewSettings } from "./interview-settings.ts";

export const REPORTS_KEY = "interview-reports";

export interface InterviewItem {
	/** The question's id (its file name). */
	id: string;
	title: string;
	category: string;
	difficulty: string;
	tags: string[];
	/** Seconds spent answering, until the answer was revealed (time in a hidden tab not counted). */
	seconds: number;
	/** Key points the reader ticked, out of `total`. */
	checked: number;
	total: number;
	/** checked / total, 0..1. */
	score: number;
}

export interface InterviewReport {
	id: string;
	/** ms since epoch */
	startedAt: number;
	/** ms since epoch */
	finishedAt: number;
	settings: InterviewSettings;
	/** The questions answered, in the order asked. */
	items: InterviewItem[];
	/** The mean item score, 0..1. */
	score: number;
}

export interface ReportStore {
	version: 1;
	/** Oldest first. */
	reports: InterviewReport[];
}

export interface ParsedReports {
	store: ReportStore;
	/** Reports (or questions inside a report) that could not be read and were left out. */
	dropped: number;
	/** Set when the text was not reports at all, or in an unknown format. */
	problem?: string;
}

export function emptyStore(): ReportStore {
	return { version: 1, reports: [] };
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
	!!value && typeof value === "object" && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFraction = (value: unknown): value is number => typeof value === "number" && value >= 0 && value <= 1;
const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function readItem(value: unknown): InterviewItem | undefined {
	if (!isObject(value)) return undefined;
	const { id, title, category, difficulty, tags, seconds, checked, total, score } = value;
	if (!isText(id) || !isText(title) || !isText(category) || !isText(difficulty) || !isTextList(tags)) return;
	if (!isTime(seconds) || seconds < 0 || !isCount(checked) || !isCount(total) || checked > total) return;
	if (!isFraction(score)) return;
	return { id, title, category, difficulty, tags: [...tags], seconds, checked, total, score };
}

function readSettings(value: unknown): InterviewSettings | undefined {
	if (!isObject(value)) return undefined;
	const { categories, industries, difficultyMix, length, retryOf } = value;
	if (!isTextList(categories) || !isTextList(industries) || !isCount(length) || !isObject(difficultyMix))
		return;
	const mix = Object.entries(difficultyMix);
	if (!mix.every(([, weight]) => typeof weight === "number" && weight >= 0)) return;
	return {
		categories: [...categories],
		industries: [...industries],
		difficultyMix: Object.fromEntries(mix) as Record<string, number>,
		length,
		...(isText(retryOf) ? { retryOf } : {}),
	};
}

/** A report, without the questions that cannot be read (counted in `dropped`); none left: no report. */
function readReport(value: unknown): { report?: InterviewReport; dropped: number } {
	if (!isObject(value) || !Array.isArray(value["items"])) return { dropped: 1 };
	const { id, startedAt, finishedAt, score } = value;
	const settings = readSettings(value["settings"]);
	const items = value["items"].map(readItem);
	const kept = items.filter((item): item is InterviewItem => item !== undefined);
	if (
		!isText(id) ||
		!isTime(startedAt) ||
		!isTime(finishedAt) ||
		!settings ||
		!isFraction(score) ||
		kept.length === 0
	)
		return { dropped: 1 };
	return {
		report: { id, startedAt, finishedAt, settings, items: kept, score },
		dropped: items.length - kept.length,
	};
}

/**
 * Reads stored or exported reports, keeping every one that can be read and, inside a report,
 * every question that can. A bare list of reports (no version) is read as well. Never throws.
 */
export function parseInterviewReports(text: string | null): ParsedReports {
	if (text === null || text === "") return { store: emptyStore(), dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { store: emptyStore(), dropped: 0, problem: "不是有效的 JSON" };
	}
	let list: unknown[];
	if (Array.isArray(data)) list = data;
	else if (isObject(data) && data["version"] === 1 && Array.isArray(data["reports"])) list = data["reports"];
	else if (isObject(data) && data["version"] !== undefined)
		return {
			store: emptyStore(),
			dropped: 0,
			problem: `不认识的面试记录格式版本：${String(data["version"])}`,
		};
	else return { store: emptyStore(), dropped: 0, problem: "不是面试记录数据" };

	const store = emptyStore();
	const ids = new Set<string>();
	let dropped = 0;
	for (const value of list) {
		const read = readReport(value);
		dropped += read.dropped;
		// The same report twice (an export imported back, say) is kept once.
		if (read.report && !ids.has(read.report.id)) {
			ids.add(read.report.id);
			store.reports.push(read.report);
		}
	}
	store.reports.sort((a, b) => a.startedAt - b.startedAt);
	return list.length > 0 && store.reports.length === 0
		? { store, dropped, problem: "其中没有一条能读取的面试记录" }
		: { store, dropped };
}

/** The store with one more report (replacing one with the same id). */
export function addReport(store: ReportStore, report: InterviewReport): ReportStore {
	return {
		version: 1,
		reports: [...store.reports.filter((old) => old.id !== report.id), report].sort(
			(a, b) => a.startedAt - b.startedAt,
		),
	};
}
