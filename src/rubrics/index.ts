import communeRubric2025 from "./commune-2025.json";
import communeRubric2026 from "./commune-2026.json";
import departmentRubric2025 from "./department-2025.json";
import nationalProvinceRubric2017 from "./national-province-2017.json";

/**
 * The rubrics shipped with the add-in, as raw data: they go through the same parsing and checks as
 * a file a user imports (core/rubric/parse-rubric), so a broken bundled file is caught by tests.
 */
export const bundledRubricFiles: readonly unknown[] = [
  nationalProvinceRubric2017,
  departmentRubric2025,
  communeRubric2025,
  communeRubric2026,
];
