/**
 * A stopwatch as a value: time counts only while it runs, so an interview clock can pause while its
 * tab is hidden. Every function takes the current time (ms) instead of reading a clock.
 */
export interface Stopwatch {
	/** ms counted before the current run */
	counted: number;
	/** When the current run started (ms), absent while paused. */
	since?: number;
}

export function startStopwatch(now: number): Stopwatch {
	return { counted: 0, since: now };
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
	return watch.since === undefined ? watch : { counted: watch.counted + Math.max(0, now - watch.since) };
}

export function resumeStopwatch(watch: Stopwatch, now: number): Stopwatch {
	return watch.since === undefined ? { counted: watch.counted, since: now } : watch;
}

export function elapsedSeconds(watch: Stopwatch, now: number): number {
	const running = watch.since === undefined ? 0 : Math.max(0, now - watch.since);
	return (watch.counted + running) / 1000;
}
