import { makeStyles, mergeClasses, Select, type SelectProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%", width: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/**
 * A native select that never grows past the pane: browsers size a select to its longest option, and
 * rubric titles are long. At 320px the pane must not scroll sideways.
 */
export function FittedSelect(props: SelectProps) {
  const styles = useStyles();
  return <Select {...props} className={mergeClasses(styles.root, props.className)} select={{ className: styles.select }} />;
}
