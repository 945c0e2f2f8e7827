/** A date as Chinese readers write it, e.g. `2026年10月3日`, in UTC so builds agree everywhere. */
export function formatDate(date: Date): string {
	return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
