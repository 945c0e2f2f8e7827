/**
 * Calendar days as `YYYY-MM-DD` keys. A key is the reader's local date (`dayKey`); arithmetic on
 * keys works in UTC, so it does not depend on the time zone or daylight saving.
 */

const DAY = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number) => String(value).padStart(2, "0");

/** The local calendar day of a moment: `2026-12-01`. */
export function dayKey(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Midnight UTC of a day key, or NaN when it is not a real date. */
function utcOf(key: string): number {
	const match = DAY_KEY.exec(key);
	if (!match) return Number.NaN;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : Number.NaN;
}

export function isDayKey(value: unknown): value is string {
	return typeof value === "string" && Number.isFinite(utcOf(value));
}

/** The day `days` after (or before, when negative) a day. */
export function addDays(key: string, days: number): string {
	const date = new Date(utcOf(key) + days * DAY);
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcOf(to) - utcOf(from)) / DAY);
}

/** Day of the week, Monday = 0 … Sunday = 6 (weeks start on Monday, as Chinese calendars do). */
export function weekdayOf(key: string): number {
	return (new Date(utcOf(key)).getUTCDay() + 6) % 7;
}

export const WEEKDAY_LABELS = ["一", "二", "三", "四", "五", "六", "日"] as const;

/** `12月1日` */
export function monthDayLabel(key: string): string {
	const [, month, day] = key.split("-").map(Number);
	return `${month}月${day}日`;
}

/** `12/1`, for narrow chart axes. */
export function shortDayLabel(key: string): string {
	const [, month, day] = key.split("-").map(Number);
	return `${month}/${day}`;
}

/** `2026年12月1日` */
export function dateLabel(key: string): string {
	const [year, month, day] = key.split("-").map(Number);
	return `${year}年${month}月${day}日`;
}
