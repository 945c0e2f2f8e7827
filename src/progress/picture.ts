import { type BankItem, valuesOf } from "../practice/facets.ts";
import type { Progress } from "../practice/progress.ts";
import { CATEGORIES, INDUSTRIES } from "../schemas/taxonomy.ts";
import { activityByDay, type HeatCell, type HeatWeek, heatMap, streak } from "./activity.ts";
import { type DueDay, dueForecast } from "./due-forecast.ts";
import type { InterviewScore } from "./interview-scores.ts";
import { type MasteryRow, masteryBy } from "./mastery.ts";

/** Weeks of practice the activity calendar shows. */
export const ACTIVITY_WEEKS = 20;
/** Days ahead the review forecast covers. */
export const FORECAST_DAYS = 14;

export interface Overview {
	/** Questions in the bank. */
	total: number;
	/** Of those, graded at least once. */
	practised: number;
	/** Of those, last graded 会. */
	mastered: number;
	/** Reviews due today, overdue ones included. */
	dueToday: number;
	/** Days in a row with practice, up to today. */
	streak: number;
	starred: number;
	notes: number;
	interviews: number;
}

/** Everything the progress page shows, computed from the reader's data; the page only draws it. */
export interface ProgressPicture {
	overview: Overview;
	byCategory: MasteryRow[];
	byIndustry: MasteryRow[];
	forecast: DueDay[];
	activity: { cells: HeatCell[]; weeks: HeatWeek[] };
	scores: InterviewScore[];
	/** Nothing to show yet: no grading, practice day, star, note or interview. */
	empty: boolean;
}

/**
 * The progress picture for `today` (the reader's local day). `dayOf` gives the local day of a
 * moment. Only questions still in the bank count for mastery and reviews.
 */
export function progressPicture(
	items: readonly BankItem[],
	progress: Progress,
	scores: readonly InterviewScore[],
	today: string,
	dayOf: (time: number) => string,
): ProgressPicture {
	const byCategory = masteryBy(
		items,
		progress,
		(item) => valuesOf(item, "category"),
		CATEGORIES.map((term) => term.label),
	);
	const byIndustry = masteryBy(
		items,
		progress,
		(item) => valuesOf(item, "industry"),
		INDUSTRIES.map((term) => term.label),
	);
	const forecast = dueForecast(items, progress, today, dayOf, FORECAST_DAYS);
	const activity = activityByDay(progress, dayOf);
	const graded = items.filter((item) => progress.questions[item.id]);
	const overview: Overview = {
		total: items.length,
		practised: graded.length,
		mastered: graded.filter((item) => progress.questions[item.id]?.grade === "know").length,
		dueToday: forecast[0]?.count ?? 0,
		streak: streak(activity, today),
		starred: Object.keys(progress.stars).length,
		notes: Object.keys(progress.notes).length,
		interviews: scores.length,
	};
	return {
		overview,
		byCategory,
		byIndustry,
		forecast,
		activity: heatMap(activity, today, ACTIVITY_WEEKS),
		scores: [...scores],
		empty: !hasHistory(progress, scores),
	};
}

/**
 * Whether the reader has anything to picture: a grade, a logged review, a star, a note or a mock
 * interview. Needs no bank, so the page can choose between its empty state and its charts before
 * the bank manifest has come (and not move the page about when it does).
 */
export function hasHistory(progress: Progress, scores: readonly InterviewScore[]): boolean {
	return (
		Object.keys(progress.questions).length > 0 ||
		Object.values(progress.log).some((ids) => ids.length > 0) ||
		Object.keys(progress.stars).length > 0 ||
		Object.keys(progress.notes).length > 0 ||
		scores.length > 0
	);
}
