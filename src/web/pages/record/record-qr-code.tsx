// A QR code drawn as SVG from qrcode-generator's modules: no image request, no script of its own, prints sharp.
import qrcode from 'qrcode-generator';

/** The QR code of `text` (error correction M), `size` CSS pixels square, with a four-module quiet zone. */
export function QrCode({ text, label, size = 176 }: { text: string; label: string; size?: number }) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const cells: string[] = [];
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.isDark(row, col)) cells.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
  const extent = count + 2 * quiet;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
