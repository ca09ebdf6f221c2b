import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px", marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * A shape per severity (a cross in a circle, an exclamation in a triangle), so errors and warnings
 * differ without colour. Decorative: the text beside it names the severity.
 */
export function SeverityIcon(props: { severity: Severity }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, props.severity === "error" ? styles.error : styles.warning);
  if (props.severity === "error") {
    return (
      <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5L15 14.5H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="12.3" r="0.9" fill="currentColor" />
    </svg>
  );
}
