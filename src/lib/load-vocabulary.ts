import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseVocabulary, Vocabulary } from "./vocabulary.ts";

/** Where the vocabulary lives, beside the collections. */
export function vocabularyPath(contentRoot: string): string {
	return join(contentRoot, "vocabulary.yaml");
}

/** `<contentRoot>/vocabulary.yaml` as written, or undefined when there is none. */
export async function readVocabularyFile(
	contentRoot: string,
): Promise<{ path: string; text: string } | undefined> {
	const path = vocabularyPath(contentRoot);
	try {
		return { path, text: await readFile(path, "utf8") };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
		throw error;
	}
}

/**
 * Reads `<contentRoot>/vocabulary.yaml`. A missing file is an empty vocabulary (search works
 * without one); an invalid file throws with every problem's line.
 */
export async function loadVocabulary(contentRoot: string): Promise<Vocabulary> {
	const file = await readVocabularyFile(contentRoot);
	const { concepts, problems } = parseVocabulary(file?.text ?? "");
	if (file && problems.length > 0)
		throw new Error(
			`词表有 ${problems.length} 处错误：\n${problems.map((problem) => `${file.path}:${problem.line}  ${problem.message}`).join("\n")}`,
		);
	return new Vocabulary(concepts);
}
