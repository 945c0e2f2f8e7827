/**
 * Mock-interview scores for the progress chart, read from what the mock interview stores under
 * `interview-reports`: `{ version: 1, reports: [{ id, startedAt, finishedAt, score (0..1), items }] }`.
 * Reads only what the chart needs and skips whatever it cannot use; the interview's own parser can
 * take its place later.
 * The storage key is the interview's own (`REPORTS_KEY`).
 */

export interface InterviewScore {
	/** When the interview finished (when it started, if it never recorded a finish), ms since epoch. */
	at: number;
	/** 0 to 1. */
	score: number;
}

export interface ReadScores {
	/** Oldest first. */
	scores: InterviewScore[];
	/** Reports left out: no usable time or score. */
	skipped: number;
	/** Set when the stored text is not interview reports at all. */
	problem?: string;
}

/** `88%` */
export const scorePercent = (score: number) => `${Math.round(score * 100)}%`;

const isTime = (value: unknown): value is number =>
	typeof value === "number" && Number.isFinite(value) && value > 0;

function scoreOf(report: unknown): InterviewScore | undefined {
	if (!report || typeof report !== "object") return undefined;
	const { startedAt, finishedAt, score } = report as Record<string, unknown>;
	const at = isTime(finishedAt) ? finishedAt : isTime(startedAt) ? startedAt : undefined;
	if (at === undefined || typeof score !== "number" || !(score >= 0 && score <= 1)) return undefined;
	return { at, score };
}

/** Never throws. */
export function readInterviewScores(text: string | null): ReadScores {
	if (text === null || text === "") return { scores: [], skipped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { scores: [], skipped: 0, problem: "不是有效的 JSON" };
	}
	const record = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
	if (record["version"] !== 1 || !Array.isArray(record["reports"])) {
		return { scores: [], skipped: 0, problem: "格式不认识" };
	}
	const reports: unknown[] = record["reports"];
	const scores = reports.flatMap((report) => scoreOf(report) ?? []).sort((a, b) => a.at - b.at);
	return { scores, skipped: reports.length - scores.length };
}
