/** Unit, host and component tests. Browser end-to-end tests live in test/e2e and run under Jest too. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/support/quiet-known-warnings.ts", "<rootDir>/test/support/patient-queries.ts"],
  // Fluent's first render in jsdom takes seconds on a loaded 2-core CI machine: the default 5 s fails by chance.
  testTimeout: 30_000,
};
