import { ImportError } from "./problems.ts";

/**
 * Turns a document's bytes into text with `\n` line ends, refusing what is not a text document:
 * an empty file, a binary file (NUL bytes), or bytes that are not valid UTF-8.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new ImportError(file, 1, "文件是空的：请确认选对了文件");
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		const line = countLines(bytes.subarray(0, nul));
		throw new ImportError(
			file,
			line,
			"这是二进制文件（含 NUL 字节），不是文本文档：请只导入 .txt / .md 文本",
		);
	}
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new ImportError(
			file,
			firstInvalidLine(bytes),
			"文件不是有效的 UTF-8 编码（可能是 GBK）：请先转换为 UTF-8，例如 iconv -f GBK -t UTF-8",
		);
	}
	text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	if (text.trim() === "") throw new ImportError(file, 1, "文件只有空白：没有可导入的内容");
	return text;
}

function countLines(bytes: Uint8Array): number {
	let lines = 1;
	for (const byte of bytes) if (byte === 0x0a) lines += 1;
	return lines;
}

/** 1-based line holding the first byte that is not UTF-8 (a newline byte never sits inside a character). */
function firstInvalidLine(bytes: Uint8Array): number {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let line = 1;
	let start = 0;
	for (let index = 0; index <= bytes.length; index += 1) {
		if (index < bytes.length && bytes[index] !== 0x0a) continue;
		try {
			decoder.decode(bytes.subarray(start, index));
		} catch {
			return line;
		}
		line += 1;
		start = index + 1;
	}
	return 1;
}
