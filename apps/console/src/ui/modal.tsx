import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

/** A labelled modal: focus trapped inside, Escape and the Close button dismiss it. */
export function Modal(props: { open: boolean; onOpenChange: (open: boolean) => void; title: string; description?: string; children: ReactNode }) {
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{props.title}</Dialog.Title>
          {props.description ? <Dialog.Description>{props.description}</Dialog.Description> : <Dialog.Description className="visually-hidden">{props.title}</Dialog.Description>}
          {props.children}
          <Dialog.Close asChild>
            <button type="button" className="close">
              Close
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
