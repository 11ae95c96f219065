// ESLint: type-aware rules that catch what the compiler lets through: promises
// nobody awaits, conditions that cannot be false, switches that miss a case.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs/site/", "node_modules/", "test-output/", "out/", "results/", ".cache/", "scripts/", "eslint.config.js"] },
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-condition": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
);
