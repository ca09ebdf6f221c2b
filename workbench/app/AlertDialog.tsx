/** Shows one alert (alerts.ts) as a modal dialog; any way of closing it first calls `onClose`. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Alert, AlertButton } from "./alerts";

export function AlertDialog(props: { alert: Alert | null; onClose: (button?: AlertButton) => void }) {
  const { alert, onClose } = props;
  return (
    <Dialog open={alert !== null} modalType="alert" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className="wb-dialog" data-kind={alert?.kind}>
        <DialogBody>
          <DialogTitle>{alert?.title}</DialogTitle>
          <DialogContent>
            <p className="wb-dialog-message">{alert?.message}</p>
            {alert?.question && <p>{alert.question}</p>}
          </DialogContent>
          <DialogActions>
            {alert?.buttons.map((button) => (
              <Button key={button.label} appearance={button.primary ? "primary" : "secondary"} onClick={() => onClose(button)}>
                {button.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
