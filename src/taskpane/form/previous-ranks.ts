import { readPositiveInteger } from "./number-input";
import { unitKey } from "./units";

/** One problem in the previous-ranks box, with the 1-based line it is on. */
export type RankProblem =
  | { problem: "noSeparator"; line: number }
  | { problem: "noName"; line: number }
  | { problem: "badRank"; line: number; text: string }
  | { problem: "duplicate"; line: number; name: string; firstLine: number };

export type PreviousRanksReading = { ok: true; ranks: Record<string, number> | undefined } | { ok: false; problems: RankProblem[] };

/**
 * "Tên đơn vị; hạng" per line. Two cells pasted from Excel arrive separated by a tab, which is
 * accepted too. The last separator splits, so a name may itself contain ";".
 */
export function readPreviousRanks(text: string): PreviousRanksReading {
  const ranks: Record<string, number> = {};
  const firstLines = new Map<string, number>();
  const problems: RankProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const cut = Math.max(raw.lastIndexOf(";"), raw.lastIndexOf("\t"));
    if (cut < 0) {
      problems.push({ problem: "noSeparator", line });
      return;
    }
    const name = raw.slice(0, cut).replace(/\s+/g, " ").trim();
    const rankText = raw.slice(cut + 1).trim();
    if (name === "") {
      problems.push({ problem: "noName", line });
      return;
    }
    const rank = readPositiveInteger(rankText);
    if (rank === undefined) {
      problems.push({ problem: "badRank", line, text: rankText });
      return;
    }
    const firstLine = firstLines.get(unitKey(name));
    if (firstLine !== undefined) {
      problems.push({ problem: "duplicate", line, name, firstLine });
      return;
    }
    firstLines.set(unitKey(name), line);
    ranks[name] = rank;
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ranks: Object.keys(ranks).length > 0 ? ranks : undefined };
}
