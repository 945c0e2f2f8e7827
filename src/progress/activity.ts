import { addDays, weekdayOf } from "../practice/day.ts";
import type { Progress } from "../practice/progress.ts";

/**
 * Questions graded per day: the review log, plus each question's last grading (progress saved
 * before the log existed has only that). A question graded twice on one day counts once.
 */
export function activityByDay(progress: Progress, dayOf: (time: number) => string): Map<string, number> {
	const idsByDay = new Map<string, Set<string>>();
	const add = (day: string, id: string) => {
		const ids = idsByDay.get(day) ?? new Set();
		ids.add(id);
		idsByDay.set(day, ids);
	};
	for (const [day, ids] of Object.entries(progress.log)) for (const id of ids) add(day, id);
	for (const [id, entry] of Object.entries(progress.questions)) add(dayOf(entry.last), id);
	return new Map([...idsByDay].map(([day, ids]) => [day, ids.size]));
}

/** Shade of a heat-map cell: 0 nothing, 1 = 1–2 questions, 2 = 3–5, 3 = 6–9, 4 = 10 or more. */
export const LEVEL_FLOORS = [0, 1, 3, 6, 10] as const;
export type Level = 0 | 1 | 2 | 3 | 4;

export function activityLevel(count: number): Level {
	let level = 0;
	for (const [index, floor] of LEVEL_FLOORS.entries()) if (count >= floor) level = index;
	return level as Level;
}

export interface HeatCell {
	day: string;
	count: number;
	level: Level;
	/** Column: 0 is the oldest week. */
	week: number;
	/** Row: Monday 0 … Sunday 6. */
	weekday: number;
}

export interface HeatWeek {
	/** The Monday the week starts on. */
	start: string;
	/** Questions graded in the week, up to today. */
	total: number;
	/** Days of the week with any practice. */
	activeDays: number;
}

/**
 * The last `weeks` calendar weeks (Monday to Sunday) up to `today`, one cell per day; days after
 * today are left out. Weeks carry their totals for the data table beside the chart.
 */
export function heatMap(
	activity: ReadonlyMap<string, number>,
	today: string,
	weeks: number,
): { cells: HeatCell[]; weeks: HeatWeek[] } {
	const firstMonday = addDays(today, -weekdayOf(today) - 7 * (weeks - 1));
	const cells: HeatCell[] = [];
	const summary: HeatWeek[] = [];
	for (let week = 0; week < weeks; week += 1) {
		const start = addDays(firstMonday, 7 * week);
		const row: HeatWeek = { start, total: 0, activeDays: 0 };
		for (let weekday = 0; weekday < 7; weekday += 1) {
			const day = addDays(start, weekday);
			if (day > today) break;
			const count = activity.get(day) ?? 0;
			cells.push({ day, count, level: activityLevel(count), week, weekday });
			row.total += count;
			if (count > 0) row.activeDays += 1;
		}
		summary.push(row);
	}
	return { cells, weeks: summary };
}

/** Days in a row with practice, ending today (or yesterday, when today has none yet). */
export function streak(activity: ReadonlyMap<string, number>, today: string): number {
	let day = (activity.get(today) ?? 0) > 0 ? today : addDays(today, -1);
	let days = 0;
	while ((activity.get(day) ?? 0) > 0) {
		days += 1;
		day = addDays(day, -1);
	}
	return days;
}
