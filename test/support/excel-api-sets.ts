import * as path from "path";
import * as ts from "typescript";

/**
 * Which requirement set each Office API the add-in calls belongs to, read from the `[Api set: …]`
 * annotations of @types/office-js. The add-in's own TypeScript program is type-checked, and every
 * property access, method call and object-literal field that resolves to an Office.js declaration is
 * looked up. So the manifest's requirement sets follow the code, not a guess.
 */
export interface ApiUse {
  /** "Excel.Range.getUsedRangeOrNullObject" */
  api: string;
  set: string;
  version: string;
  /** "src/excel/apply-plan.ts:42" */
  at: string;
}

const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/;

export function officeApiUses(repo: string, roots: readonly string[]): ApiUse[] {
  const configPath = path.join(repo, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repo);
  // Only the add-in's own files as roots: their imports and the ambient @types come along.
  const files = parsed.fileNames.filter((file) => roots.some((root) => path.relative(repo, file).startsWith(root)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const isOfficeDeclaration = (symbol: ts.Symbol | undefined) =>
    symbol?.declarations?.some(
      (d) =>
        d.getSourceFile().fileName.includes(`${path.sep}@types${path.sep}office-js${path.sep}`) ||
        d.getSourceFile().fileName.includes("/@types/office-js/"),
    ) ?? false;
  const record = (symbol: ts.Symbol, node: ts.Node, source: ts.SourceFile) => {
    const docs = [
      symbol,
      ...(symbol.declarations ?? []).map((d) => (d as { symbol?: ts.Symbol }).symbol).filter((s): s is ts.Symbol => s !== undefined),
    ];
    for (const s of docs) {
      // The annotation sits in the @remarks tag of the declaration's JSDoc.
      const text = [
        ts.displayPartsToString(s.getDocumentationComment(checker)),
        ...s.getJsDocTags(checker).map((tag) => ts.displayPartsToString(tag.text)),
      ].join("\n");
      const match = API_SET.exec(text);
      if (!match) continue;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      const parent = symbol.declarations?.[0]?.parent;
      const owner =
        parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isEnumDeclaration(parent)) && parent.name
          ? `${parent.name.text}.`
          : "";
      uses.push({
        api: `${owner}${symbol.getName()}`,
        set: match[1],
        version: match[2],
        at: `${path.relative(repo, source.fileName)}:${line + 1}`,
      });
      return;
    }
  };
  for (const source of program.getSourceFiles()) {
    const relative = path.relative(repo, source.fileName);
    if (!roots.some((root) => relative.startsWith(root))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol && isOfficeDeclaration(symbol)) record(symbol, node.name, source);
      } else if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        if (contextual) {
          for (const property of node.properties) {
            if (!property.name || !ts.isIdentifier(property.name)) continue;
            const symbol = checker.getPropertyOfType(checker.getNonNullableType(contextual), property.name.text);
            if (symbol && isOfficeDeclaration(symbol)) record(symbol, property.name, source);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The highest version of each requirement set, with the uses that need it. */
export function highestSets(uses: readonly ApiUse[]): Map<string, { version: string; uses: ApiUse[] }> {
  const highest = new Map<string, { version: string; uses: ApiUse[] }>();
  for (const use of uses) {
    const current = highest.get(use.set);
    const order = current === undefined ? 1 : compareVersions(use.version, current.version);
    if (order > 0) highest.set(use.set, { version: use.version, uses: [use] });
    else if (order === 0) current!.uses.push(use);
  }
  return highest;
}
