/** Range.text under the number formats the add-in writes, checked against what Excel shows. */
import { formatValue, type CellValue } from "../../workbench/host";

const cases: [CellValue, string, string][] = [
  // Optional decimals: at least two, at most three.
  [1, "0.00#", "1.00"],
  [7.242, "0.00#", "7.242"],
  [0.5, "0.00#", "0.50"],
  [12.3456, "0.00#", "12.346"],
  [-7.242, "0.00#", "-7.242"],
  // Sections: the negative section brings its own sign; zero has its own section.
  [3, "+0;-0;0", "+3"],
  [-2, "+0;-0;0", "-2"],
  [0, "+0;-0;0", "0"],
  [-0.4, "+0;-0;0", "-0"],
  [-5, "0;(0)", "(5)"],
  [-5, "0;0", "5"],
  [0, "0.0;-0.0", "0.0"],
  [-5, "0;;0", ""],
  [7, '0" pts";-0" pts";"none"', "7 pts"],
  [0, '0" pts";-0" pts";"none"', "none"],
  ["abc", '0;-0;0;"<"@">"', "<abc>"],
  ["#N/A", '0;-0;0;"<"@">"', "#N/A"],
  // Percent multiplies by 100, exactly.
  [0.8567, "0.00%", "85.67%"],
  [0.8567, "0%", "86%"],
  [0.8, "0.0%", "80.0%"],
  [-0.125, "0%", "-13%"],
  // Fixed decimals, thousands, rounding half away from zero on the decimal value.
  [2.5, "0", "3"],
  [-2.5, "0", "-3"],
  [1234.5678, "0.000", "1234.568"],
  [1.0005, "0.000", "1.001"],
  [1.005, "0.00", "1.01"],
  [2.675, "0.00", "2.68"],
  [1234567.891, "#,##0.00", "1,234,567.89"],
  [999.996, "#,##0.00", "1,000.00"],
  [-1234.5, "#,##0.00", "-1,234.50"],
  [0.5, "#.00", ".50"],
  [0, "#", ""],
  [5, "\\+0", "+5"],
  // A negative that rounds to zero shows no automatic minus.
  [-0.001, "0.00", "0.00"],
  [-0.4, "0", "0"],
  // Text, booleans, empty.
  ["8,25", "0.00", "8,25"],
  ["abc", "@", "abc"],
  [42, "@", "42"],
  [true, "0.00", "TRUE"],
  [null, "0.00", ""],
  // General: up to 11 characters, no trailing zeros.
  [19.742, "General", "19.742"],
  [1 / 3, "General", "0.333333333"],
  [-1 / 3, "General", "-0.333333333"],
  [2 / 3, "General", "0.666666667"],
  [123456.789012, "General", "123456.789"],
  [0.1 + 0.2, "General", "0.3"],
  [0.00001, "General", "0.00001"],
  [1.23456789e-7, "General", "1.23457E-07"],
  [123456789012, "General", "1.23457E+11"],
  [12345678901, "General", "12345678901"],
  [100, "", "100"],
  // Unsupported formats fall back to General.
  [45000.5, "yyyy-mm-dd", "45000.5"],
  [19.742, "0.0E+00", "19.742"],
  [19.742, "[Red]0.0", "19.742"],
];

test.each(cases)("%p as %p shows %p", (value, format, expected) => {
  expect(formatValue(value, format)).toBe(expected);
});
