import { dateLabel, monthDayLabel, WEEKDAY_LABELS, weekdayOf } from "../practice/day.ts";
import type { HeatWeek } from "./activity.ts";
import type { DueDay } from "./due-forecast.ts";
import { type InterviewScore, scorePercent } from "./interview-scores.ts";
import type { MasteryRow } from "./mastery.ts";

/** The numbers behind a chart, shown as a table beside it (for screen readers, and for reading exact values). */
export interface TableData {
	/** Header cells. */
	columns: string[];
	/** Body rows; the first cell of each row is its header. */
	rows: string[][];
}

export function masteryTable(rows: readonly MasteryRow[], group: string): TableData {
	return {
		columns: [group, "题数", "会", "模糊", "不会", "未练"],
		rows: rows.map((row) => [row.label, row.total, row.know, row.fuzzy, row.unknown, row.fresh].map(String)),
	};
}

const dayName = (day: string) => `${monthDayLabel(day)}（周${WEEKDAY_LABELS[weekdayOf(day)]}）`;

export function dueTable(days: readonly DueDay[]): TableData {
	return {
		columns: ["日期", "到期题数", "其中已逾期"],
		rows: days.map((day) => [dayName(day.day), String(day.count), String(day.overdue)]),
	};
}

/** Newest week first, as people read a history. */
export function activityTable(weeks: readonly HeatWeek[]): TableData {
	return {
		columns: ["从这周一起", "练习题次", "练习天数"],
		rows: [...weeks]
			.reverse()
			.map((week) => [monthDayLabel(week.start), String(week.total), String(week.activeDays)]),
	};
}

export function scoreTable(scores: readonly InterviewScore[], dayOf: (time: number) => string): TableData {
	return {
		columns: ["日期", "得分"],
		rows: [...scores].reverse().map((entry) => [dateLabel(dayOf(entry.at)), scorePercent(entry.score)]),
	};
}
