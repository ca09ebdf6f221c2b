import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Bilingual } from "../../core/bilingual";
import { watchRibbonNotices } from "../../commands/ribbon-notice";
import { useBilingual, useStrings } from "../i18n/language";

/** Why the last ribbon command did not do its job (it opened the pane to say so). */
export function RibbonNoticeBar() {
  const [notice, setNotice] = useState<Bilingual | undefined>();
  const pick = useBilingual();
  const t = useStrings();
  useEffect(() => watchRibbonNotices(setNotice), []);
  if (!notice) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        <div>{pick(notice)}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={() => setNotice(undefined)}>
          OK
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
