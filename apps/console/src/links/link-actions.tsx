import type { Link as ShortLink } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { queryKeys } from "../api/query-keys";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { CopyButton } from "../ui/copy-button";
import { Modal } from "../ui/modal";
import { LinkEditDialog } from "./link-edit-dialog";

const QrCode = lazy(() => import("./qr-code"));

/** A link's actions in its row of the list: copy, QR code, edit, and delete after confirmation. */
export function LinkActions(props: { link: ShortLink }) {
  const { link } = props;
  const api = useApi();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"qr" | "edit" | null>(null);
  const remove = useMutation({
    mutationFn: () => api.call("deleteMyLink", { path: { code: link.code } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.links.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.profile() });
    },
  });

  return (
    <>
      <CopyButton text={link.shortUrl} label={`Copy ${link.shortUrl}`} />
      <button type="button" onClick={() => setDialog("qr")} aria-label={`QR code for ${link.code}`}>
        QR
      </button>
      <button type="button" onClick={() => setDialog("edit")} aria-label={`Edit ${link.code}`}>
        Edit
      </button>
      <ConfirmDialog
        trigger={
          <button type="button" className="danger" aria-label={`Delete ${link.code}`} disabled={remove.isPending}>
            Delete
          </button>
        }
        title={`Delete ${link.code}?`}
        description={`${link.shortUrl} will stop redirecting at once, and its click history goes with it. This cannot be undone.`}
        confirmLabel="Delete link"
        onConfirm={() => remove.mutate()}
      />
      {remove.isError ? (
        <span role="alert" className="field-error">
          {describeError(remove.error).title}
        </span>
      ) : null}
      <Modal open={dialog === "qr"} onOpenChange={(open) => setDialog(open ? "qr" : null)} title={`QR code for ${link.code}`}>
        <Suspense fallback={<p role="status">Loading…</p>}>{dialog === "qr" ? <QrCode url={link.shortUrl} /> : null}</Suspense>
      </Modal>
      {dialog === "edit" ? <LinkEditDialog link={link} open onOpenChange={(open) => setDialog(open ? "edit" : null)} /> : null}
    </>
  );
}
