import type { Link as ShortLink } from "@linkgate/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { describeError } from "../api/describe-error";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { CopyButton } from "../ui/copy-button";
import { Modal } from "../ui/modal";
import { formatInstant } from "./datetime";
import { LinkEditDialog } from "./link-edit-dialog";

const QrCode = lazy(() => import("./qr-code"));

export function LinkRow(props: { link: ShortLink }) {
  const { link } = props;
  const api = useApi();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"qr" | "edit" | null>(null);
  const remove = useMutation({
    mutationFn: () => api.call("deleteMyLink", { path: { code: link.code } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["links"] });
      void queryClient.invalidateQueries({ queryKey: ["me"] });
    },
  });

  return (
    <tr>
      <td>
        <Link to={`/links/${encodeURIComponent(link.code)}`}>{link.code}</Link>
        <div className="muted small">{link.shortUrl}</div>
      </td>
      <td className="target">
        <a href={link.target} rel="noreferrer noopener" target="_blank">
          {link.target}
        </a>
      </td>
      <td>{link.totalClicks}</td>
      <td>{formatInstant(link.expiresAt, "Never")}</td>
      <td className="actions">
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
      </td>
    </tr>
  );
}
