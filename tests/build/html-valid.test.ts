import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST, distFiles } from "../helpers/dist.ts";

// Rules in .htmlvalidate.json: html-validate's recommended set, with inline styles allowed (KaTeX,
// Shiki and the diagrams use them) and checkbox groups sharing a name.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = distFiles().filter((file) => file.endsWith(".html"));

describe("every built page is valid HTML", () => {
	it.each(pages)("%s", async (file) => {
		const report = await validator.validateFile(`${DIST}/${file}`);
		const messages = report.results.flatMap((result) =>
			result.messages.map(
				(message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
			),
		);
		expect(messages).toEqual([]);
	});
});
