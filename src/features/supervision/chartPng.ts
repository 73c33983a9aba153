/**
 * A chart's SVG as a PNG. The chart paints with CSS variables and classes (Mantine's theme), which an
 * SVG drawn on its own does not see: each element's computed paint is copied onto the clone first.
 */
const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
];

function inlinePaint(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const inline = PAINT.map((property) => `${property}:${style.getPropertyValue(property)}`).join(';');
  target.setAttribute('style', inline);
  for (let i = 0; i < source.children.length; i += 1) {
    const child = target.children[i];
    if (child) inlinePaint(source.children[i]!, child);
  }
}

export async function svgToPngBlob(svg: SVGSVGElement, background: string, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
