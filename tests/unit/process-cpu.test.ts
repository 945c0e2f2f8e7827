import { describe, expect, it } from "vitest";
import { cpuSeconds } from "../../scripts/bench/process-cpu.ts";

describe("cpuSeconds", () => {
	it("grows by about the CPU time this process spends", () => {
		const before = cpuSeconds();
		const until = Date.now() + 300;
		let spin = 0;
		while (Date.now() < until) spin++;
		expect(spin).toBeGreaterThan(0);
		const spent = cpuSeconds() - before;
		// At least part of the 0.3 s of busy waiting, however busy the machine is, and never more than wall time allows.
		expect(spent).toBeGreaterThan(0.02);
		expect(spent).toBeLessThan(5);
	});
});
