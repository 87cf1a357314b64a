import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";

/** The QR code of a short URL as an image (loaded on demand: qrcode is not in the initial bundle). */
export default function QrCode(props: { url: string }) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void toDataURL(props.url, { margin: 2, width: 240 }).then((data) => live && setImage(data));
    return () => {
      live = false;
    };
  }, [props.url]);
  if (!image) return <p role="status">Drawing the QR code…</p>;
  return (
    <figure>
      <img src={image} width={240} height={240} alt={`QR code for ${props.url}`} />
      <figcaption>
        <a href={image} download="linkgate-qr.png">
          Download PNG
        </a>
      </figcaption>
    </figure>
  );
}
